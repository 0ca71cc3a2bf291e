import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity, EntityType } from '../../src/doc/types.js';
import { Pipeline } from '../../src/pipeline/run.js';
import { EntityTable } from '../../src/write/entity-table.js';
import { tempDir } from '../helpers.js';

const entity = (id: string, type: EntityType, name: string, aliases: string[] = []): Entity => ({ id, type, name, kbId: null, aliases });

function table(...docs: Entity[][]): Map<string, string> {
  const t = new EntityTable();
  for (const d of docs) t.add(d.map((e) => ({ entity: e, mentions: 1 })));
  return new Map(t.rows().map((r) => [String(r.entity_id), String(r.same_as)]));
}

describe('entities.csv: a short name joined to the entity the run\'s documents say it stands for', () => {
  it('joins a surname standing alone in one document to the full name another document gave it as alias', () => {
    const rows = table(
      [entity('per:full', 'PERSON', 'Hanna Lindqvist', ['Lindqvist'])],
      [entity('per:short', 'PERSON', 'Lindqvist')],
    );
    expect(rows.get('per:short')).toBe('per:full');
    expect(rows.get('per:full')).toBe('');
  });

  it('leaves a short name that two entities use (two Kims) on its own', () => {
    const rows = table(
      [entity('per:un', 'PERSON', 'Kim Jong-Un', ['Kim'])],
      [entity('per:il', 'PERSON', 'Kim Jong-Il', ['Kim'])],
      [entity('per:kim', 'PERSON', 'Kim')],
    );
    expect(rows.get('per:kim')).toBe('');
  });

  it('leaves a one-word name that is a word of two other names alone, though only one used it as alias', () => {
    const rows = table(
      [entity('per:keller', 'PERSON', 'Jonas Keller', ['Jonas'])],
      [entity('per:eriksen', 'PERSON', 'Jonas Eriksen')],
      [entity('per:jonas', 'PERSON', 'Jonas')],
    );
    expect(rows.get('per:jonas')).toBe('');
  });

  it('joins only entities of one type', () => {
    const rows = table([entity('org:full', 'ORGANIZATION', 'Jordan Grand Prix', ['Jordan'])], [entity('per:jordan', 'PERSON', 'Jordan')]);
    expect(rows.get('per:jordan')).toBe('');
  });

  it('follows a chain to its end and stops at a loop', () => {
    const chain = table(
      [entity('org:a', 'ORGANIZATION', 'Federal Reserve System', ['Federal Reserve'])],
      [entity('org:b', 'ORGANIZATION', 'Federal Reserve', ['Fed'])],
      [entity('org:c', 'ORGANIZATION', 'Fed')],
    );
    expect(chain.get('org:c')).toBe('org:a');
    expect(chain.get('org:b')).toBe('org:a');
    const loop = table([entity('per:x', 'PERSON', 'Tal', ['Ren'])], [entity('per:y', 'PERSON', 'Ren', ['Tal'])]);
    expect(loop.get('per:x')).toBe('');
    expect(loop.get('per:y')).toBe('');
  });

  it('writes the join in a run over two articles', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'batch.jsonl');
    writeFileSync(
      input,
      [
        { id: 'a', text: 'Hanna Lindqvist, the Swedish foreign minister, arrived in Oslo on Monday. Lindqvist said the talks would last two days.' },
        { id: 'b', text: 'The talks in Oslo ended early. Lindqvist said on Wednesday that a second round would follow in June.' },
      ].map((d) => JSON.stringify(d)).join('\n') + '\n',
    );
    const out = path.join(dir, 'out');
    await Pipeline.load().run([input], { outDir: out, workers: 1 });
    const [header, ...lines] = readFileSync(path.join(out, 'entities.csv'), 'utf8').trim().split('\n');
    const cols = header.split(',');
    const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
    const full = rows.find((r) => r.name === 'Hanna Lindqvist');
    const short = rows.find((r) => r.name === 'Lindqvist');
    expect(full?.same_as).toBe('');
    expect(short?.same_as).toBe(full?.entity_id);
    // The mentions keep the id their own document gives.
    const mentions = readFileSync(path.join(out, 'mentions.csv'), 'utf8').split('\n');
    expect(mentions.some((m) => m.startsWith('b,') && m.includes(`,${short?.entity_id},`))).toBe(true);
  });
});
