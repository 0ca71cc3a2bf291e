import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `data/kb` of the package: the same path from `src/entities/gazetteer` (tests, tsx) and `dist/entities/gazetteer`. */
export const KB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'kb');
