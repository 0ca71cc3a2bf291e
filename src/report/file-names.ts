/**
 * Article pages are named from their position in the run and their document id, which is untrusted
 * (a JSONL `id` can be anything): only letters, digits, dot, dash and underscore survive, so a name can
 * never leave the articles folder, hide an extension or need escaping in a URL.
 */
export function articleFileName(position: number, docId: string): string {
  const slug = docId
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60)
    .replace(/[-.]+$/, '');
  const number = String(position + 1).padStart(5, '0');
  return slug ? `${number}-${slug}.html` : `${number}.html`;
}
