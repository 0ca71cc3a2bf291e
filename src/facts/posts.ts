import { KB_DIR } from '../entities/gazetteer/kb-dir.js';
import { loadRoleLexicon, roleKey } from '../entities/link/lexicon.js';

/**
 * Words of posts and offices. The base list is the link stage's title lexicon (data/kb/roles.json, which
 * states its sources); the facts stage adds the heads of posts that are said after a name rather than
 * before it, and sets aside the words that name a relation or a form of address rather than a post.
 */

/** Heads of posts said in appositions ("Carlos Quispe, head of the civil defence institute"), beyond roles.json. */
const EXTRA_HEADS: readonly { words: readonly string[]; example: string }[] = [
  { words: ['head', 'chief', 'administrator', 'coordinator', 'chairperson', 'boss', 'captain', 'principal', 'rector', 'dean', 'deputy', 'vice-president', 'treasurer', 'auditor-general', 'ombudsman', 'registrar', 'superintendent', 'warden', 'mayor-elect', 'speaker', 'leader'], example: 'Carlos Quispe, head of the National Civil Defence Institute; the district administrator, Tomás Langa.' },
  { words: ['spokesman', 'spokeswoman', 'spokesperson'], example: 'Colonel Armando Sitoe, a spokesman for the armed forces.' },
];

/** Extra modifiers of post heads ("district administrator", "chief economist", "deputy director"). */
const EXTRA_MODIFIERS: readonly string[] = [
  'district', 'provincial', 'county', 'city', 'municipal', 'central', 'executive', 'managing', 'assistant', 'associate', 'general', 'chief', 'deputy', 'vice',
  'cabinet', 'works', 'housing', 'mining', 'transport', 'defence', 'defense', 'foreign', 'finance', 'political', 'research', 'financial', 'operating', 'technology',
  'information', 'communications', 'sports', 'technical', 'medical', 'press', 'public', 'communication', 'regional', 'state', 'federal', 'national', 'senior',
];

/** Role words that name a relation between two people, or a form of address, not a post one holds. */
const NOT_POSTS: readonly { words: readonly string[]; example: string }[] = [
  { words: ['counterpart', 'colleague', 'ally', 'rival', 'friend', 'successor', 'predecessor', 'opponent'], example: 'his Korean counterpart No Kwang Chol: the post is the other person\'s.' },
  { words: ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'mme', 'prof', 'rev'], example: 'Mr Kiprono: a form of address.' },
  { words: ['expert', 'analyst', 'scholar', 'activist', 'author', 'writer', 'champion', 'diplomat', 'official', 'lawmaker', 'legislator'], example: 'thousands of experts; a Western diplomat: a description, not a post in a named body.' },
];

/**
 * Roles that make a person a member of a team or body rather than the holder of a post in it: with the
 * team named ("the Milford goalkeeper, Daniel Price") they give member_of. "captain" is both.
 */
const MEMBERSHIP: readonly { words: readonly string[]; post?: true; example: string }[] = [
  { words: ['player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'forward', 'winger', 'full-back', 'centre-back', 'member', 'international'], example: 'the Milford goalkeeper, Daniel Price' },
  { words: ['captain'], post: true, example: 'their captain, Callum Reid: a post and a membership' },
];

/** Words that say the post is no longer held; position_held then keeps the word in its value ("former mayor"). */
export const PAST_POST_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'ex-', 'then', 'late', 'outgoing', 'ousted']);

export interface PostLexicon {
  heads: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  notPosts: ReadonlySet<string>;
  /** Head -> also a post (true) or a membership only (false). */
  membership: ReadonlyMap<string, boolean>;
}

export function loadPostLexicon(): PostLexicon {
  const roles = loadRoleLexicon(KB_DIR);
  const notPosts = new Set(NOT_POSTS.flatMap((n) => n.words));
  const heads = new Set<string>();
  for (const [w, cls] of roles.heads) if (cls !== 'honorific' && !notPosts.has(w)) heads.add(w);
  for (const e of EXTRA_HEADS) for (const w of e.words) heads.add(w);
  const modifiers = new Set<string>([...roles.modifiers, ...EXTRA_MODIFIERS]);
  modifiers.delete('of');
  const membership = new Map<string, boolean>();
  for (const m of MEMBERSHIP) for (const w of m.words) {
    membership.set(w, m.post === true);
    heads.add(w);
  }
  return { heads, modifiers, notPosts, membership };
}

export { roleKey };
