import { z } from 'zod';
import type { Figure } from '../doc/types.js';
import { replaceFigures } from '../figures/figure-list.js';
import { figureLexicon } from '../figures/lexicon.js';
import type { DocStage } from '../pipeline/stage.js';
import { recognizeDates } from './recognize.js';
import { resolveDate, resolveTime } from './resolve.js';

const DatesOptions = z.object({}).strict();

export const datesStage: DocStage<z.infer<typeof DatesOptions>> = {
  kind: 'doc',
  name: 'dates',
  description:
    'Finds dates ("yesterday", "last February", "in 2011", "18/04/2019") and clock times ("10 p.m. ET") and adds them to the figures as DATE, with an ISO 8601 value at the precision the text gives, resolved against the publication date with a past bias.',
  options: DatesOptions,
  requires: ['tokens', 'sentences'],
  assigns: ['dates'],
  create: () => {
    // The year rule asks whether a unit follows four digits ("2000 km"): load the unit lexicon now, not on the first document.
    figureLexicon();
    return (doc) => {
      if (!doc.tokens) return;
      let unresolved = 0;
      const found = recognizeDates(doc);
      const resolved = new Map(found.map((d) => [d, resolveDate(d, doc.anchorDate)]));
      // A clock time takes the day its date resolved to.
      for (const d of found) if (d.spec.type === 'time' && d.day) resolved.set(d, resolveTime(d.spec, resolved.get(d.day)?.value ?? null));
      const dates: Figure[] = found.map((d, i) => {
        const r = resolved.get(d)!;
        // Every field present, as with the other figures: one hidden class for all of them.
        const f: Figure = {
          id: `d${i + 1}`,
          kind: 'DATE',
          start: d.start,
          end: d.end,
          value: r.value,
          unit: r.granularity,
          siValue: null,
          siUnit: null,
          entityId: null,
          sentence: doc.tokens!.sentence[d.first],
          qualifier: undefined,
          low: undefined,
          high: undefined,
          unresolved: r.value === null ? true : undefined,
        };
        if (r.value === null) unresolved++;
        return f;
      });
      if (unresolved > 0 && !doc.anchorDate) {
        doc.diagnostics.push({
          code: 'dates/no-anchor',
          severity: 'info',
          stage: 'dates',
          message: `${unresolved} relative date(s) kept unresolved: no publication date was found or given (pass --date YYYY-MM-DD)`,
        });
      }
      replaceFigures(doc, (f) => f.kind === 'DATE', dates);
    };
  },
};
