import type { Entity } from '../doc/types.js';
import type { Row } from './columns.js';
import type { EntityContribution } from './render.js';

interface EntityTally {
  entity: Entity;
  aliases: Set<string>;
  mentions: number;
  documents: number;
}

/** entities.csv: one row per entity across every document of the run, with its aliases and counts. */
export class EntityTable {
  private readonly tallies = new Map<string, EntityTally>();

  add(contributions: readonly EntityContribution[]): void {
    for (const { entity, mentions } of contributions) {
      let t = this.tallies.get(entity.id);
      if (!t) {
        t = { entity, aliases: new Set(), mentions: 0, documents: 0 };
        this.tallies.set(entity.id, t);
      }
      for (const a of entity.aliases) t.aliases.add(a);
      t.mentions += mentions;
      t.documents++;
    }
  }

  get size(): number {
    return this.tallies.size;
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
