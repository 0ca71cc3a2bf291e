import type { Modality, Polarity } from '../doc/types.js';
import type { VerbGroup } from './clauses.js';

export interface Stance {
  polarity: Polarity;
  modality: Modality;
}

/**
 * How real the event of a verb group is: negated by its own negation or by a governing one ("does not
 * plan to mediate", "refused to sign", "no plans to close"); planned, hoped or possible by its own modal
 * ("will travel") or the first governing cue that says so, walking outwards ("would like to build" is
 * planned, "could allow Kim to go" possible). A purpose or result infinitive takes its governor's stance:
 * "came from behind to beat Milford" happened, "will travel to Addis Ababa to present the plan" is planned. A fact inside the clause of someone else's speech verb is
 * reported unless something stronger applies, and so is every fact of a sentence that says whom it has
 * it from ("according to the ministry", "..., officials said").
 */
export function stanceOf(g: VerbGroup): Stance {
  let negated = g.negated;
  let modality: Modality | null = g.modal;
  for (let cur: VerbGroup | null = g, depth = 0; cur && depth < 4; cur = cur.governor, depth++) {
    if (cur !== g) {
      if (cur.negated) negated = true;
      modality ??= cur.modal;
    }
    if (cur.governorDenied) negated = true;
    if (cur.governorCue?.negates) negated = true;
    if (cur.governorCue?.modality) modality ??= cur.governorCue.modality;
  }
  if (!modality) {
    for (let cur: VerbGroup | null = g; cur; cur = cur.governor) {
      const by: VerbGroup | null = cur.reportedBy;
      if (by) {
        modality = by.lemma === 'hope' ? 'hoped' : 'reported';
        break;
      }
    }
  }
  if (!modality && g.attributed) modality = 'reported';
  return { polarity: negated ? 'negated' : 'asserted', modality: modality ?? 'asserted' };
}
