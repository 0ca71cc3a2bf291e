import { NewsfactsError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes of one article to its text. Refuses, with a code, what cannot be an article: nothing at all,
 * binary data, bytes that are not UTF-8. Nothing is cut: an article of any length comes back whole.
 */
export function decodeArticle(bytes: Uint8Array, what: string): string {
  if (bytes.length === 0) throw new NewsfactsError('read/empty', `${what} is empty (0 bytes)`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new NewsfactsError('read/binary', `${what} looks binary, not text: it has a NUL byte at offset ${nul}`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new NewsfactsError('read/invalid-utf8', `${what} is not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)}); convert it to UTF-8 first`);
  }
  if (text.trim() === '') throw new NewsfactsError('read/empty', `${what} holds only white space`);
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
