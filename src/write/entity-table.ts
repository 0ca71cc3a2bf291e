import type { Entity } from '../doc/types.js';
import { foldName, nameWords } from '../entities/gazetteer/fold.js';
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

  /**
   * The entity each short name of the run stands for, where the run's own documents say so: a document
   * that wrote "Vladimir Putin" and then "Putin" made "Putin" an alias of Vladimir Putin, so another
   * document's entity named only "Putin" is the same person. Ids stay what each document alone gives
   * (the same in every run), and mentions keep pointing at them; `same_as` joins them. A name that is an
   * alias of two entities of its type ("Kim" of Kim Jong-Un and of Kim Jong-Il), or a one-word name that
   * is a word of two other names of its type, is left alone.
   */
  private sameAs(): Map<string, string> {
    const owners = new Map<string, Set<string>>();
    for (const t of this.tallies.values()) {
      const own = foldName(t.entity.name);
      for (const a of t.aliases) {
        const folded = foldName(a);
        if (folded === own) continue;
        const key = `${t.entity.type}\u0000${folded}`;
        let ids = owners.get(key);
        if (!ids) owners.set(key, (ids = new Set()));
        ids.add(t.entity.id);
      }
    }
    // A one-word name that is a word of several names of its type ("Jonas" of Jonas Keller and of Jonas
    // Eriksen) is ambiguous even when only one article used it as an alias.
    const namesWithWord = new Map<string, number>();
    for (const t of this.tallies.values()) {
      for (const w of new Set(nameWords(t.entity.name))) {
        const key = `${t.entity.type}\u0000${w}`;
        namesWithWord.set(key, (namesWithWord.get(key) ?? 0) + 1);
      }
    }
    const direct = new Map<string, string>();
    for (const t of this.tallies.values()) {
      const ids = owners.get(`${t.entity.type}\u0000${foldName(t.entity.name)}`);
      if (ids?.size !== 1 || ids.has(t.entity.id)) continue;
      const words = nameWords(t.entity.name);
      if (words.length === 1 && (namesWithWord.get(`${t.entity.type}\u0000${words[0]}`) ?? 0) > 2) continue;
      direct.set(t.entity.id, [...ids][0]);
    }
    // A chain ("Putin" -> "President Putin" -> "Vladimir Putin") ends at the entity with no other name.
    const resolved = new Map<string, string>();
    for (const id of direct.keys()) {
      let target = direct.get(id)!;
      const seen = new Set([id]);
      while (direct.has(target) && !seen.has(target)) {
        seen.add(target);
        target = direct.get(target)!;
      }
      if (target !== id) resolved.set(id, target);
    }
    return resolved;
  }

  rows(): Row<'entities'>[] {
    const sameAs = this.sameAs();
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
        same_as: sameAs.get(t.entity.id) ?? '',
      }));
  }
}
