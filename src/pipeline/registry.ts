import { cleanStage } from '../clean/stage.js';
import { datesStage } from '../dates/stage.js';
import { factsStage } from '../facts/stage.js';
import { linkStage } from '../entities/link/stage.js';
import { nerStage } from '../entities/ner/stage.js';
import { attachFiguresStage } from '../figures/attach-stage.js';
import { figuresStage } from '../figures/stage.js';
import { readStage } from '../read/stage.js';
import { sentencesStage, tokenizeStage } from '../tokenize/stage.js';
import { writeStage } from '../write/stage.js';
import type { StageDefinition } from './stage.js';

/**
 * Every stage a pipeline file can name, registered here and nowhere else. The order of this list is the
 * order in which they usually run.
 */
export const STAGES: ReadonlyMap<string, StageDefinition> = new Map(
  ([readStage, cleanStage, tokenizeStage, sentencesStage, figuresStage, datesStage, nerStage, linkStage, attachFiguresStage, factsStage, writeStage] as StageDefinition[]).map((s) => [s.name, s]),
);
