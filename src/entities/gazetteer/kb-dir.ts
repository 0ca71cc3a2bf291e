import path from 'node:path';
import { DATA_DIR } from '../../lexicon/data-dir.js';

/** `data/kb` of the package. */
export const KB_DIR = path.join(DATA_DIR, 'kb');
