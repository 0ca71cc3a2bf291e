import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { MentionType } from '../../doc/types.js';
import { NewsfactsError } from '../../errors.js';
import { foldName } from './fold.js';
import type { CountryGazetteer } from './countries.js';

const KbEntry = z.object({
  name: z.string().min(1),
  type: z.enum(['PERSON', 'ORGANIZATION', 'COUNTRY', 'PLACE', 'EVENT']),
  /** A Wikidata id ("Q46"), or null for an entity the user wants linked within and across articles without one. */
  kbId: z.string().regex(/^Q[1-9][0-9]*$/).nullable(),
  aliases: z.array(z.string().min(1)).default([]),
  /** Where the id comes from: required, because ids are facts. */
  source: z.string().min(1),
});
export type KbEntry = z.infer<typeof KbEntry>;

const KbFile = z.object({ description: z.string().optional(), entities: z.array(KbEntry) });

/** Entities known by name: the entries of data/kb/entities.json (and any file a pipeline adds) plus capitals. */
export interface KnowledgeBase {
  find(type: MentionType, surface: string): KbEntry | undefined;
  size: number;
}

export function loadKnowledgeBase(files: readonly string[], countries: CountryGazetteer): KnowledgeBase {
  const byKey = new Map<string, KbEntry>();
  const add = (e: KbEntry) => {
    for (const n of [e.name, ...e.aliases]) {
      const key = `${e.type}\u0000${foldName(n)}`;
      // The first file wins: the shipped file is read first, a user's file can only add names.
      if (!byKey.has(key)) byKey.set(key, e);
    }
  };
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new NewsfactsError('pipeline/bad-options', `knowledge-base file ${file}: ${(err as Error).message}`);
    }
    const parsed = KbFile.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new NewsfactsError('pipeline/bad-options', `knowledge-base file ${file}: expected {entities: [{name, type, kbId, aliases?, source}]}: ${issues}`);
    }
    parsed.data.entities.forEach(add);
  }
  for (const { capital } of countries.capitals.values()) {
    if (capital.kbId) add({ name: capital.name, type: 'PLACE', kbId: capital.kbId, aliases: [], source: 'data/kb/countries.json (capitals)' });
  }
  return {
    find: (type, surface) => byKey.get(`${type}\u0000${foldName(surface)}`),
    size: byKey.size,
  };
}

export function resolveKbFiles(files: readonly string[], baseDir: string): string[] {
  return files.map((f) => (path.isAbsolute(f) ? f : path.resolve(baseDir, f)));
}
