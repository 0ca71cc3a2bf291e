/**
 * How each kind of span looks. Colours are the Okabe-Ito palette (Okabe & Ito, "Color Universal Design",
 * 2008), chosen so that readers with any common colour-vision deficiency can still tell them apart; and
 * since colour alone is never enough, each mention type also has its own underline style, and each type
 * its own node shape in the graph. The stylesheet and the legend are both generated from this table.
 */

export interface MentionStyle {
  /** CSS class suffix: `t-person`. */
  cls: string;
  label: string;
  colour: string;
  /** CSS text-decoration-style: the non-colour cue in the text. */
  underline: 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';
  /** Node shape in the graph: the non-colour cue there. */
  shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon';
}

export const MENTION_STYLES: Record<string, MentionStyle> = {
  PERSON: { cls: 'person', label: 'Person', colour: '#0072B2', underline: 'solid', shape: 'circle' },
  ORGANIZATION: { cls: 'organization', label: 'Organization', colour: '#E69F00', underline: 'double', shape: 'square' },
  COUNTRY: { cls: 'country', label: 'Country', colour: '#009E73', underline: 'dashed', shape: 'diamond' },
  PLACE: { cls: 'place', label: 'Place', colour: '#CC79A7', underline: 'dotted', shape: 'triangle' },
  EVENT: { cls: 'event', label: 'Event', colour: '#D55E00', underline: 'wavy', shape: 'hexagon' },
  NORP: { cls: 'norp', label: 'Nationality', colour: '#56B4E9', underline: 'dashed', shape: 'diamond' },
};

/** A type the palette does not know yet (a newer pipeline's) still shows, in neutral grey. */
export const OTHER_MENTION_STYLE: MentionStyle = { cls: 'other', label: 'Other', colour: '#666666', underline: 'solid', shape: 'circle' };

export function mentionStyle(type: string): MentionStyle {
  return MENTION_STYLES[type] ?? OTHER_MENTION_STYLE;
}

/** Figures get a box, dates a dashed box on yellow: told apart from mentions by shape, not only colour. */
export const FIGURE_COLOUR = '#56B4E9';
export const DATE_COLOUR = '#F0E442';
/** The evidence of the selected fact. */
export const EVIDENCE_COLOUR = '#F0E442';
