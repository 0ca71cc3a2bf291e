import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `data` of the package: the same path from `src/lexicon` (tests, tsx) and `dist/lexicon`. */
export const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
