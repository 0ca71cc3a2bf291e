import type { Doc, Figure } from '../doc/types.js';

/**
 * Puts a stage's figures into `doc.figures`, replacing the ones the same stage made before and keeping
 * the others', sorted by where they start. The figures and dates stages share the list.
 */
export function replaceFigures(doc: Doc, isOwn: (f: Figure) => boolean, added: Figure[]): void {
  const kept = doc.figures.filter((f) => !isOwn(f));
  doc.figures = kept.length === 0 ? added : [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
