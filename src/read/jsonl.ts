import { createReadStream } from 'node:fs';
import { z } from 'zod';
import type { ReadResult } from '../pipeline/stage.js';

/** One article a line. Extra fields are allowed and ignored. */
export const JsonlRecord = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  text: z.string().refine((t) => t.trim() !== '', 'text is empty'),
  title: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
});

export function recordToResult(line: string, lineNo: number, source: string, fallbackId: string): ReadResult {
  const where = `${source}:${lineNo}`;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { ok: false, id: `${fallbackId}-${lineNo}`, source: where, code: 'read/jsonl-syntax', message: `line ${lineNo} is not valid JSON: ${(err as Error).message}` };
  }
  const parsed = JsonlRecord.safeParse(raw);
  if (!parsed.success) {
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `${fallbackId}-${lineNo}`;
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    return { ok: false, id, source: where, code: 'read/jsonl-shape', message: `line ${lineNo} is not an article {id, text, title?, published?, url?}: ${problems}` };
  }
  const r = parsed.data;
  return {
    ok: true,
    input: {
      id: r.id !== undefined ? String(r.id) : `${fallbackId}-${lineNo}`,
      source: where,
      text: r.text,
      meta: {
        title: r.title ? { value: r.title } : null,
        published: r.published ? { value: r.published } : null,
        url: r.url ?? null,
      },
    },
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Streams a JSONL file line by line, so a batch of any size is never held whole. Lines are split as
 * bytes and decoded strictly, so one line of bad UTF-8 is an error for that line, not a silent U+FFFD.
 */
export async function* readJsonlFile(file: string, fallbackId: string): AsyncIterable<ReadResult> {
  let pending: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  const emit = (bytes: Buffer): ReadResult | null => {
    lineNo++;
    let line: string;
    try {
      line = strictUtf8.decode(bytes);
    } catch {
      return { ok: false, id: `${fallbackId}-${lineNo}`, source: `${file}:${lineNo}`, code: 'read/invalid-utf8', message: `line ${lineNo} is not valid UTF-8` };
    }
    if (line.trim() === '') return null;
    return recordToResult(line.replace(/\r$/, ''), lineNo, file, fallbackId);
  };
  for await (const chunk of createReadStream(file)) {
    let buf = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
      const r = emit(buf.subarray(from, nl));
      if (r) yield r;
      from = nl + 1;
    }
    pending = Buffer.from(buf.subarray(from));
  }
  if (pending.length) {
    const r = emit(pending);
    if (r) yield r;
  }
}

export function* readJsonlText(text: string, source: string, fallbackId: string): Iterable<ReadResult> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    yield recordToResult(lines[i], i + 1, source, fallbackId);
  }
}
