import path from 'node:path';

/** A document id from a file path: the path below the input root, without its extension, with `/`. */
export function idFromPath(file: string, root: string | null): string {
  const rel = root ? path.relative(root, file) : path.basename(file);
  const ext = path.extname(rel);
  return (ext ? rel.slice(0, -ext.length) : rel).split(path.sep).join('/');
}
