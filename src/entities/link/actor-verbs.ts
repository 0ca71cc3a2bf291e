/**
 * Verbs of saying, thinking and acting that make a capital the state that acts from it
 * ("Pyongyang has long considered itself ...", "Moscow warned ...", "Beijing rejected ..."): with a capital
 * as their subject the capital stands for its government (metonymy). Base forms; `actorVerbLemma` maps
 * inflected forms onto them. Verbs of place ("Moscow lies on ...") and of being are left out on purpose.
 */
export const ACTOR_VERBS: ReadonlySet<string> = new Set([
  // saying
  'say', 'tell', 'announce', 'state', 'declare', 'claim', 'insist', 'deny', 'warn', 'threaten', 'demand', 'urge', 'call',
  'accuse', 'blame', 'condemn', 'criticise', 'criticize', 'protest', 'respond', 'reply', 'argue', 'vow', 'pledge', 'promise',
  'welcome', 'praise', 'ask', 'propose', 'offer', 'reject', 'refuse', 'complain', 'confirm', 'admit',
  // thinking
  'think', 'believe', 'consider', 'regard', 'view', 'see', 'feel', 'fear', 'hope', 'expect', 'want', 'wish', 'intend',
  'plan', 'suspect', 'know', 'doubt', 'prefer', 'seek',
  // acting
  'decide', 'agree', 'approve', 'oppose', 'support', 'back', 'recognise', 'recognize', 'sign', 'launch', 'impose', 'lift',
  'send', 'deploy', 'attack', 'invade', 'fire', 'test', 'sanction', 'expel', 'recall', 'retaliate', 'push',
  'press', 'pressure', 'negotiate', 'mediate', 'host', 'invite', 'order', 'ban', 'block', 'veto', 'boycott',
]);

/** Irregular past forms of the verbs above. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['said', 'say'], ['told', 'tell'], ['thought', 'think'], ['saw', 'see'], ['seen', 'see'], ['felt', 'feel'], ['knew', 'know'],
  ['known', 'know'], ['sought', 'seek'], ['sent', 'send'], ['fired', 'fire'],
]);

/** The base form of an inflected verb when it is one of ACTOR_VERBS, else null. */
export function actorVerbLemma(word: string): string | null {
  const w = word.toLowerCase();
  if (ACTOR_VERBS.has(w)) return w;
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  const candidates: string[] = [];
  if (w.endsWith('ied') || w.endsWith('ies')) candidates.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) candidates.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('es')) candidates.push(w.slice(0, -2));
  if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  if (w.endsWith('ing')) candidates.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4));
  for (const c of candidates) if (ACTOR_VERBS.has(c)) return c;
  return null;
}
