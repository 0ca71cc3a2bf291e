import { z } from 'zod';
import type { Doc, Figure } from '../doc/types.js';
import type { DocStage } from '../pipeline/stage.js';
import { replaceFigures } from './figure-list.js';
import { figureLexicon } from './lexicon.js';
import { recognizeFigures, type Found } from './recognize.js';

const FiguresOptions = z.object({}).strict();

/** Every field present, unset ones undefined, as with dates: one hidden class for all figures. */
function toFigure(doc: Doc, f: Found, index: number): Figure {
  const ranged = f.low !== null && f.high !== null;
  return {
    id: `f${index + 1}`,
    kind: f.kind,
    start: f.start,
    end: f.end,
    value: f.value,
    unit: f.unit,
    siValue: f.siValue,
    siUnit: f.siUnit,
    entityId: null,
    sentence: doc.tokens!.sentence[f.first],
    qualifier: f.qualifier ? f.qualifier : undefined,
    low: ranged ? f.low : undefined,
    high: ranged ? f.high : undefined,
    unresolved: undefined,
  };
}

export const figuresStage: DocStage<z.infer<typeof FiguresOptions>> = {
  kind: 'doc',
  name: 'figures',
  description:
    'Finds percentages, money, quantities with units, counts, durations and ordinals over the tokens, with their value, unit (ISO 4217 code, unit symbol, counted noun), SI value, qualifier and range.',
  options: FiguresOptions,
  requires: ['tokens', 'sentences'],
  assigns: ['figures'],
  create: () => {
    const lex = figureLexicon();
    return (doc) => {
      if (!doc.tokens) return;
      const found = recognizeFigures(doc, lex).map((f, i) => toFigure(doc, f, i));
      replaceFigures(doc, (f) => f.kind !== 'DATE', found);
    };
  },
};
