import { describe, expect, it } from 'vitest';
import type { Doc, MentionType } from '../../src/doc/types.js';
import { attachFigures } from '../../src/figures/attach.js';
import { attachFiguresStage } from '../../src/figures/attach-stage.js';
import { analyse } from './analyse.js';

/** A document with figures and hand-made mentions of the given names (first occurrence of each). */
function docWith(text: string, names: [string, MentionType][]): Doc {
  const { doc } = analyse(text, null, 'figures');
  for (const [name, type] of names) {
    const start = text.indexOf(name);
    if (start === -1) throw new Error(`"${name}" not in text`);
    const id = `e:${name.toLowerCase().replace(/\s+/g, '-')}`;
    const token = Array.from(doc.tokens!.start).findIndex((s) => s >= start);
    doc.entities.push({ id, type, name, kbId: null, aliases: [] });
    doc.mentions.push({ id: `m${doc.mentions.length + 1}`, entityId: id, type, start, end: start + name.length, sentence: doc.tokens!.sentence[token] });
  }
  return doc;
}

function attached(doc: Doc): Record<string, string | null> {
  return Object.fromEntries(doc.figures.map((f) => [doc.text.slice(f.start, f.end), f.entityId]));
}

describe('attach-figures', () => {
  it('gives a figure the subject of its clause', () => {
    const doc = docWith('Norway is Sweden\'s third largest customer, but the volume is only 2 per cent of sales, with Germany alone taking 40 per cent.', [
      ['Norway', 'COUNTRY'],
      ['Sweden', 'COUNTRY'],
      ['Germany', 'COUNTRY'],
    ]);
    attachFigures(doc);
    expect(attached(doc)).toEqual({ third: 'e:norway', '2 per cent': null, '40 per cent': 'e:germany' });
  });

  it('takes a possessive right before the figure', () => {
    const doc = docWith('Analysts doubt that Acme\'s 15% stake will be sold.', [['Acme', 'ORGANIZATION']]);
    attachFigures(doc);
    expect(attached(doc)).toEqual({ '15%': 'e:acme' });
  });

  it.each([
    ['a name after a preposition is no subject', 'In Ohio, turnout was 61 per cent.', [['Ohio', 'PLACE']]],
    ['a reporting verb separates the source from the figure', 'Reuters reported that 35 people died.', [['Reuters', 'ORGANIZATION']]],
    ['another name between subject and figure makes it ambiguous', 'Kowalski travelled by train to Gdansk, 300 km from the capital.', [['Kowalski', 'PERSON'], ['Gdansk', 'PLACE']]],
  ] as [string, string, [string, MentionType][]][])('leaves the figure alone when %s', (_why, text, names) => {
    const doc = docWith(text, names);
    attachFigures(doc);
    expect(doc.figures.every((f) => f.entityId === null)).toBe(true);
  });

  it('never attaches dates', () => {
    const { doc } = analyse('Norway signed the deal in 2019.');
    const start = doc.text.indexOf('Norway');
    doc.entities.push({ id: 'e:norway', type: 'COUNTRY', name: 'Norway', kbId: null, aliases: [] });
    doc.mentions.push({ id: 'm1', entityId: 'e:norway', type: 'COUNTRY', start, end: start + 6, sentence: 0 });
    attachFigures(doc);
    expect(doc.figures.map((f) => [f.kind, f.entityId])).toEqual([['DATE', null]]);
  });

  it('is registered with what it needs', () => {
    expect(attachFiguresStage.requires).toEqual(['mentions', 'entities', 'figures']);
  });
});
