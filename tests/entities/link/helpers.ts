import { cleanStage } from '../../../src/clean/stage.js';
import { createDoc } from '../../../src/doc/create.js';
import type { Doc, Entity, Mention, NerLabel, NerSpan } from '../../../src/doc/types.js';
import { linkStage } from '../../../src/entities/link/stage.js';
import { sentencesStage, tokenizeStage } from '../../../src/tokenize/stage.js';

const ctx = { pipelineDir: process.cwd() };
const prepare = [cleanStage, tokenizeStage, sentencesStage].map((s) => s.create(s.options.parse({}) as never, ctx));
const links = new Map<string, (doc: Doc) => void>();

/** A tagger span given by hand: every occurrence of `text` (whole words) gets `label`. */
export type HandSpan = [text: string, label: NerLabel];

function tokenRange(doc: Doc, start: number, end: number): [number, number] {
  const t = doc.tokens!;
  let a = -1;
  let b = -1;
  for (let i = 0; i < t.count; i++) {
    if (a < 0 && t.start[i] >= start) a = i;
    if (t.end[i] <= end) b = i + 1;
  }
  if (a < 0 || b <= a || t.start[a] !== start || t.end[b - 1] !== end) throw new Error(`span ${start}-${end} does not fall on token boundaries`);
  return [a, b];
}

/** Hand-made NerSpans for the given surfaces, as the `ner` stage would make them. */
export function handSpans(doc: Doc, spans: readonly HandSpan[]): NerSpan[] {
  const out: NerSpan[] = [];
  for (const [text, label] of spans) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of doc.text.matchAll(re)) {
      const start = m.index!;
      const end = start + text.length;
      if (out.some((s) => s.start < end && start < s.end)) continue;
      const [tokenStart, tokenEnd] = tokenRange(doc, start, end);
      out.push({ start, end, tokenStart, tokenEnd, label, sentence: doc.tokens!.sentence[tokenStart], score: 1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Runs clean, tokenize, sentences, then the link stage on hand-made spans (longest surfaces should come first). */
export function linkText(text: string, spans: readonly HandSpan[], options: Record<string, unknown> = {}): Doc {
  const doc = createDoc({ id: 't', source: 'test', text });
  for (const p of prepare) p(doc);
  doc.nerSpans = handSpans(doc, spans);
  const key = JSON.stringify(options);
  let link = links.get(key);
  if (!link) links.set(key, (link = linkStage.create(linkStage.options.parse(options), ctx)));
  link(doc);
  return doc;
}

export function mentionsOf(doc: Doc, surface: string): Mention[] {
  return doc.mentions.filter((m) => doc.text.slice(m.start, m.end) === surface);
}

export function entityOf(doc: Doc, m: Mention | undefined): Entity | undefined {
  return m && doc.entities.find((e) => e.id === m.entityId);
}

/** The entity of the first mention with this surface. */
export function entityAt(doc: Doc, surface: string): Entity | undefined {
  return entityOf(doc, mentionsOf(doc, surface)[0]);
}

/** A compact view for failure messages: "surface|TYPE|entity". */
export function describe(doc: Doc): string[] {
  return doc.mentions.map((m) => `${doc.text.slice(m.start, m.end)}|${m.type}|${m.entityId}${m.role ? `|role=${m.role}` : ''}${m.metonymy ? '|metonymy' : ''}`);
}
