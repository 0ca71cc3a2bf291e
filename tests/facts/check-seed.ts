/**
 * npx tsx tests/facts/check-seed.ts
 *
 * Runs the default pipeline on the seed article (../shared/seeds/000_b12f6dc8a4448550.txt) and checks the
 * facts issue's targets on it, printing each as found or missing, then every fact the stage read and
 * those that came from outside the body (there should be none). Exits 1 when a target is missing, 2 when
 * ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Doc, Fact } from '../../src/doc/types.js';
import { Pipeline } from '../../src/index.js';

const file = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds', '000_b12f6dc8a4448550.txt');
if (!existsSync(file)) {
  console.error(`the seed article is not there (${file}): ../shared is absent, nothing to check`);
  process.exit(2);
}
const doc = Pipeline.load().process(readFileSync(file, 'utf8'), { date: '2019-04-25' });

/** The names an entity is known by in this article, lower case. */
function names(d: Doc, id: string | null): string[] {
  const e = d.entities.find((x) => x.id === id);
  return e ? [e.name, ...e.aliases].map((n) => n.toLowerCase()) : [];
}
const is = (d: Doc, id: string | null, name: string) => names(d, id).includes(name.toLowerCase());

interface Target {
  what: string;
  test: (f: Fact) => boolean;
}
const targets: Target[] = [
  { what: 'Kim Jong-Un met Vladimir Putin', test: (f) => f.predicate === 'met' && f.polarity === 'asserted' && ((is(doc, f.subjectId, 'Kim Jong-Un') && is(doc, f.objectId, 'Putin')) || (is(doc, f.objectId, 'Kim Jong-Un') && is(doc, f.subjectId, 'Putin'))) },
  { what: 'Kim Jong-Un traveled_to Vladivostok (2019-04-24)', test: (f) => f.predicate === 'traveled_to' && is(doc, f.subjectId, 'Kim Jong-Un') && is(doc, f.objectId, 'Vladivostok') && f.time === '2019-04-24' },
  { what: 'Kim Jong-Un position_held leader of North Korea', test: (f) => f.predicate === 'position_held' && is(doc, f.subjectId, 'Kim Jong-Un') && is(doc, f.objectId, 'North Korea') && /leader/i.test(String(f.value)) },
  { what: 'Sergey Shoygu position_held Defence Minister of Russia', test: (f) => f.predicate === 'position_held' && is(doc, f.subjectId, 'Sergey Shoygu') && is(doc, f.objectId, 'Russia') && /defence minister/i.test(String(f.value)) },
  { what: 'Sergey Shoygu met No Kwang Chol', test: (f) => f.predicate === 'met' && is(doc, f.subjectId, 'Sergey Shoygu') && is(doc, f.objectId, 'No Kwang Chol') },
  { what: 'Donald Trump position_held President of the United States', test: (f) => f.predicate === 'position_held' && is(doc, f.subjectId, 'Donald Trump') && is(doc, f.objectId, 'United States') && /president/i.test(String(f.value)) },
  { what: 'Kim Jong-Il traveled_to Buryatia (2011)', test: (f) => f.predicate === 'traveled_to' && is(doc, f.subjectId, 'Kim Jong-Il') && is(doc, f.objectId, 'Buryatia') && f.time === '2011' },
  { what: 'Russia trade_partner North Korea, rank 2', test: (f) => f.predicate === 'trade_partner' && is(doc, f.subjectId, 'Russia') && is(doc, f.objectId, 'North Korea') && f.value === 2 },
  { what: "Russia share_of North Korea's trade: 1.5 %", test: (f) => f.predicate === 'share_of' && is(doc, f.subjectId, 'Russia') && is(doc, f.objectId, 'North Korea') && f.value === 1.5 && f.unit === '%' },
  { what: "China share_of North Korea's trade: 95 %", test: (f) => f.predicate === 'share_of' && is(doc, f.subjectId, 'China') && is(doc, f.objectId, 'North Korea') && f.value === 95 && f.unit === '%' },
  { what: 'Kim Jong-Un said "to bring the warmth of our people to Russia ..."', test: (f) => f.predicate === 'said' && is(doc, f.subjectId, 'Kim Jong-Un') && String(f.value).includes('to bring the warmth of our people to Russia') },
];

let missing = 0;
for (const t of targets) {
  const ok = doc.facts.some(t.test);
  if (!ok) missing++;
  console.log(`${ok ? 'found  ' : 'MISSING'} ${t.what}`);
}
const name = (id: string | null) => (id ? (doc.entities.find((e) => e.id === id)?.name ?? id) : '');
console.log(`\n${doc.facts.length} facts:`);
for (const f of doc.facts) {
  const value = f.value === null ? '' : ` = ${String(f.value).slice(0, 60)}${f.unit ? ` ${f.unit}` : ''}`;
  const flags = [f.polarity === 'negated' ? 'negated' : '', f.modality !== 'asserted' ? f.modality : ''].filter(Boolean).join(', ');
  console.log(`  ${f.id} ${name(f.subjectId)} ${f.predicate}${f.objectId ? ` ${name(f.objectId)}` : ''}${value}${f.time ? ` @${f.time}` : ''} [${f.rule}, ${f.confidence}]${flags ? ` (${flags})` : ''}`);
}
const outside = doc.facts.filter((f) => !doc.body.some((b) => b.start <= f.start && f.end <= b.end) && !doc.sentences.some((s) => s.zone === 'title' && s.start === f.start));
const denied = doc.facts.filter((f) => f.polarity === 'asserted' && f.predicate === 'met' && /mediate/.test(doc.text.slice(f.start, f.end)));
console.log(`\nfacts outside the body and headline: ${outside.length}; asserted facts from "does not plan to mediate": ${denied.length}`);
process.exit(missing || outside.length || denied.length ? 1 : 0);
