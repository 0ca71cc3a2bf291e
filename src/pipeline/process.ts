import { failedDoc, type DocInput } from '../doc/create.js';
import { errorCodeOf, messageOf } from '../errors.js';
import type { Format, RenderedDoc } from '../write/render.js';
import type { Pipeline } from './run.js';

export interface WorkerTask {
  seq: number;
  input: DocInput;
}

/** Processes one input and renders it; an exception anywhere fails this document only. */
export function processToRendered(pipeline: Pipeline, input: DocInput, formats: readonly Format[]): RenderedDoc {
  let doc;
  try {
    doc = pipeline.processInput(input);
  } catch (err) {
    doc = failedDoc(input.id, input.source, input.text);
    doc.diagnostics.push({ code: errorCodeOf(err), severity: 'error', stage: 'pipeline', message: messageOf(err) });
  }
  return pipeline.render(doc, formats);
}
