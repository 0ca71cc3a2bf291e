/** One line of a run's timing summary. */
export interface StageTime {
  name: string;
  seconds: number;
}

/** The slot after the document stages: turning a processed document into its table rows. */
export const RENDER_SLOT_NAME = 'render';

/**
 * Where a thread's processing time goes, stage by stage (the summary Stanford CoreNLP prints for its
 * annotators): the time of every document stage, then of rendering the tables, added up over the
 * documents this thread processed. Indexed by position, so that a pipeline may name a stage twice.
 */
export class StageClock {
  readonly ms: Float64Array;

  constructor(readonly names: readonly string[]) {
    this.ms = new Float64Array(names.length);
  }

  add(ms: ArrayLike<number>): void {
    for (let i = 0; i < this.ms.length; i++) this.ms[i] += ms[i];
  }

  /** What was added since the last call, and starts again from zero: a worker sends it with each document. */
  take(): Float64Array {
    const out = this.ms.slice();
    this.ms.fill(0);
    return out;
  }
}
