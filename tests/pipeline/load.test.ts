import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsfactsError } from '../../src/errors.js';
import { DEFAULT_PIPELINE, checkPipeline, loadPipelineFile } from '../../src/pipeline/load.js';
import { STAGES } from '../../src/pipeline/registry.js';
import { Pipeline } from '../../src/pipeline/run.js';
import { tempDir } from '../helpers.js';

function expectError(fn: () => unknown, code: string, ...fragments: RegExp[]) {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(NewsfactsError);
    expect((err as NewsfactsError).code).toBe(code);
    for (const f of fragments) expect((err as Error).message).toMatch(f);
    return;
  }
  throw new Error(`expected ${code}`);
}

describe('pipeline files', () => {
  it('the default pipeline loads, and every stage it names is registered', () => {
    const spec = loadPipelineFile(DEFAULT_PIPELINE);
    expect(spec.source?.definition.name).toBe('read');
    expect(spec.sink?.definition.name).toBe('write');
    for (const s of spec.docStages) expect(STAGES.get(s.definition.name)).toBe(s.definition);
  });

  it('the Wikidata reading of the default pipeline loads and differs from it only in the link option', () => {
    const wikidata = loadPipelineFile(path.resolve('pipelines/news-wikidata.json'));
    const base = loadPipelineFile(DEFAULT_PIPELINE);
    expect(wikidata.docStages.map((s) => s.definition.name)).toEqual(base.docStages.map((s) => s.definition.name));
    expect(wikidata.docStages.find((s) => s.definition.name === 'link')?.options).toMatchObject({ nationalTeams: 'organization' });
    expect(base.docStages.find((s) => s.definition.name === 'link')?.options).toMatchObject({ nationalTeams: 'country' });
  });

  it('a missing file and a file that is not JSON are errors naming the file', () => {
    const dir = tempDir();
    expectError(() => loadPipelineFile(path.join(dir, 'none.json')), 'pipeline/not-found', /none\.json/);
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"name": "x", "stages": [');
    expectError(() => loadPipelineFile(bad), 'pipeline/syntax', /bad\.json/, /not valid JSON/);
  });

  it('a file of the wrong shape says what was expected', () => {
    expectError(() => checkPipeline({ stages: [{ stage: 'read' }] }, 'p.json'), 'pipeline/shape', /p\.json/, /name/);
    expectError(() => checkPipeline({ name: 'x', stages: [{ stage: 'read', opts: {} }] }, 'p.json'), 'pipeline/shape', /opts/);
  });

  it('an unknown stage names the file, the stage and the known stages', () => {
    expectError(
      () => checkPipeline({ name: 'x', stages: [{ stage: 'read' }, { stage: 'clen' }] }, 'p.json'),
      'pipeline/unknown-stage',
      /p\.json: stages\[1\] "clen"/,
      /known stages are read, clean/,
    );
  });

  it('a bad option names the stage and the option', () => {
    expectError(
      () => checkPipeline({ name: 'x', stages: [{ stage: 'read' }, { stage: 'write', options: { formats: ['xml'] } }] }, 'p.json'),
      'pipeline/bad-options',
      /stages\[1\] "write"/,
      /options\.formats\.0/,
    );
    expectError(() => checkPipeline({ name: 'x', stages: [{ stage: 'clean', options: { colour: 'red' } }] }, 'p.json'), 'pipeline/bad-options', /colour/);
  });

  it('an unmet requirement names what is missing and what was assigned', () => {
    expectError(
      () => checkPipeline({ name: 'x', stages: [{ stage: 'read' }, { stage: 'sentences' }] }, 'p.json'),
      'pipeline/unmet-requirement',
      /"sentences": requires "tokens"/,
      /assigned so far: text, meta/,
    );
  });

  it('a source must come first and nothing may follow the sink', () => {
    expectError(() => checkPipeline({ name: 'x', stages: [{ stage: 'clean' }, { stage: 'read' }] }, 'p.json'), 'pipeline/order', /source stage must come first/);
    expectError(() => checkPipeline({ name: 'x', stages: [{ stage: 'read' }, { stage: 'write' }, { stage: 'clean' }] }, 'p.json'), 'pipeline/order', /nothing can follow/);
  });

  it('a pipeline without read and write still processes strings from code', () => {
    const spec = checkPipeline({ name: 'lib', stages: [{ stage: 'clean' }, { stage: 'tokenize' }, { stage: 'sentences' }] }, 'lib.json');
    const doc = new Pipeline(spec).process('Officials in Nairobi said the new railway would open in June.\nA second line is planned.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Officials in Nairobi said the new railway would open in June.', 'A second line is planned.']);
  });

  it('a stage that throws fails that document with a coded diagnostic, and the stages after it do not run', () => {
    const boom = { kind: 'doc', name: 'boom', description: '', options: {} as never, requires: [], assigns: [], create: () => () => { throw new Error('kaboom'); } } as const;
    let ranAfter = false;
    const after = { ...boom, name: 'after', create: () => () => { ranAfter = true; } };
    const pipeline = new Pipeline({ file: 'x.json', name: 'x', source: null, sink: null, context: { pipelineDir: '.' }, docStages: [{ definition: boom, options: {} }, { definition: after, options: {} }] });
    const doc = pipeline.process('Anything at all.');
    expect(doc.status).toBe('error');
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'stage/failed', severity: 'error', stage: 'boom', message: expect.stringMatching(/"boom" failed: kaboom/) })]);
    expect(ranAfter).toBe(false);
  });
});
