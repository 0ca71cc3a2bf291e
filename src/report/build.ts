import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { NewsfactsError, messageOf } from '../errors.js';
import { renderArticlePage } from './article-page.js';
import { ARTICLE_SCRIPT } from './assets/article-script.js';
import { INDEX_SCRIPT } from './assets/index-script.js';
import { reportStylesheet } from './assets/style.js';
import { jsonForScript } from './escape.js';
import { articleFileName } from './file-names.js';
import { IndexBuilder } from './index-data.js';
import { renderIndexPage } from './index-page.js';
import { toReportDoc, type ReportDoc } from './record.js';

export interface ReportOptions {
  /** The graph shows at most this many entities, the most connected (default 150). */
  graphNodes?: number;
}

export interface ReportSummary {
  /** The report folder: `<outDir>/report`. */
  dir: string;
  index: string;
  articles: number;
  entities: number;
  facts: number;
  /** Spans in docs.jsonl that did not fit their text and were not drawn. */
  droppedSpans: number;
  seconds: number;
}

/**
 * Writes `<outDir>/report/` from `<outDir>/docs.jsonl`: index.html with data/index-data.js, one page per
 * article in articles/, and the stylesheet and scripts in assets/. docs.jsonl is read one line at a
 * time and each article page is written as soon as the next line is read (it links to it), so memory
 * holds only the index data, never the texts of the run. The folder is built beside the old one and
 * swapped in at the end: a failed build leaves the previous report as it was.
 */
export async function buildReport(outDir: string, options: ReportOptions = {}): Promise<ReportSummary> {
  const began = performance.now();
  const docsFile = path.join(outDir, 'docs.jsonl');
  if (!existsSync(docsFile)) {
    throw new NewsfactsError('report/no-docs', `${docsFile} does not exist; write it with: newsfacts run <inputs> --out ${outDir} (keep jsonl in --format)`);
  }
  const finalDir = path.join(outDir, 'report');
  const workDir = path.join(outDir, `.report-building-${process.pid}`);
  rmSync(workDir, { recursive: true, force: true });
  for (const sub of ['articles', 'assets', 'data']) mkdirSync(path.join(workDir, sub), { recursive: true });

  try {
    const index = new IndexBuilder();
    let pending: { doc: ReportDoc; file: string } | null = null;
    let previous: { file: string; title: string } | null = null;
    let position = 0;
    let droppedSpans = 0;
    const usedNames = new Set<string>();
    const flush = (next: { file: string; title: string } | null) => {
      if (!pending) return;
      const { doc, file } = pending;
      writeFileSync(path.join(workDir, 'articles', file), renderArticlePage(doc, { file, prev: previous, next }));
      previous = { file, title: doc.meta.title || doc.id };
      pending = null;
    };

    let lineNumber = 0;
    const lines = createInterface({ input: createReadStream(docsFile, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
      lineNumber++;
      if (!line.trim()) continue;
      let doc: ReportDoc;
      try {
        doc = toReportDoc(JSON.parse(line));
      } catch (err) {
        throw new NewsfactsError('report/bad-docs', `${docsFile}:${lineNumber}: not a docs.jsonl record (${messageOf(err)})`);
      }
      let file = articleFileName(position, doc.id);
      // Positions make names unique already; this guards the invariant should the naming rule change.
      while (usedNames.has(file)) file = `x${file}`;
      usedNames.add(file);
      position++;
      droppedSpans += doc.droppedSpans;
      flush({ file, title: doc.meta.title || doc.id });
      index.addDoc(doc, file);
      pending = { doc, file };
    }
    flush(null);

    const data = index.build({ graphNodes: options.graphNodes ?? 150 });
    writeFileSync(path.join(workDir, 'data', 'index-data.js'), `window.NEWSFACTS_REPORT = ${jsonForScript(data)};\n`);
    writeFileSync(path.join(workDir, 'index.html'), renderIndexPage(data));
    writeFileSync(path.join(workDir, 'assets', 'report.css'), reportStylesheet());
    writeFileSync(path.join(workDir, 'assets', 'index.js'), INDEX_SCRIPT);
    writeFileSync(path.join(workDir, 'assets', 'article.js'), ARTICLE_SCRIPT);

    const oldDir = path.join(outDir, `.report-old-${process.pid}`);
    rmSync(oldDir, { recursive: true, force: true });
    if (existsSync(finalDir)) renameSync(finalDir, oldDir);
    renameSync(workDir, finalDir);
    rmSync(oldDir, { recursive: true, force: true });
    return {
      dir: finalDir,
      index: path.join(finalDir, 'index.html'),
      articles: data.docs.length,
      entities: data.entities.length,
      facts: data.facts.length,
      droppedSpans,
      seconds: (performance.now() - began) / 1000,
    };
  } catch (err) {
    rmSync(workDir, { recursive: true, force: true });
    throw err;
  }
}
