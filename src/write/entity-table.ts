import type { Doc, Entity } from '../doc/types.js';
import type { Row } from './columns.js';

interface EntityTally {
  entity: Entity;
  aliases: Set<string>;
  mentions: number;
  documents: number;
}

/** entities.csv: one row per entity across every document of the run, with its aliases and counts. */
export class EntityTable {
  private readonly tallies = new Map<string, EntityTally>();

  add(doc: Doc): void {
    const perEntity = new Map<string, number>();
    for (const m of doc.mentions) perEntity.set(m.entityId, (perEntity.get(m.entityId) ?? 0) + 1);
    for (const e of doc.entities) {
      let t = this.tallies.get(e.id);
      if (!t) {
        t = { entity: e, aliases: new Set(), mentions: 0, documents: 0 };
        this.tallies.set(e.id, t);
      }
      for (const a of e.aliases) t.aliases.add(a);
      t.mentions += perEntity.get(e.id) ?? 0;
      t.documents++;
    }
  }

  rows(): Row<'entities'>[] {
    return [...this.tallies.values()]
      .sort((a, b) => (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0))
      .map((t) => ({
        entity_id: t.entity.id,
        type: t.entity.type,
        name: t.entity.name,
        kb_id: t.entity.kbId ?? '',
        aliases: [...t.aliases].filter((a) => a !== t.entity.name).sort().join('|'),
        mentions: t.mentions,
        documents: t.documents,
      }));
  }
}
