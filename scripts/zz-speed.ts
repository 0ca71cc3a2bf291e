import { readFileSync } from 'node:fs';
import { Pipeline, checkPipeline } from '../src/index.js';
import { parseConll } from '../src/entities/ner/conll.js';
import { createNerTagger, loadNerResources } from '../src/entities/ner/stage.js';
import { countWords } from '../src/tokenize/count.js';
const pre = new Pipeline(checkPipeline({ name: 't', stages: [{ stage: 'clean' }, { stage: 'tokenize' }, { stage: 'sentences' }] }, 'x'));
const texts = parseConll(readFileSync('/work/shared/eval/conll2003/eng.testa', 'utf8')).map((d) => d.text);
for (const l of readFileSync('/work/shared/eval/news-fair/dev.jsonl', 'utf8').split('\n').filter(Boolean)) texts.push(JSON.parse(l).text);
const docs = texts.map((t) => pre.process(t));
const words = docs.reduce((a, d) => a + countWords(d), 0);
const tagger = createNerTagger(loadNerResources(process.argv[2] ?? undefined));
const times: number[] = [];
for (let pass = 0; pass < 7; pass++) { const c0 = process.cpuUsage(); for (const d of docs) tagger.tag(d); const c = process.cpuUsage(c0); times.push((c.user + c.system) / 1000); }
times.sort((a, b) => a - b);
console.log(`ner alone: ${words} words, ${Math.round(words / (times[3] / 1000))} words/s (median), best ${Math.round(words / (times[0] / 1000))}`);
