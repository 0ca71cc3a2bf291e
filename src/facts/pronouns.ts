import type { MentionType } from '../doc/types.js';

export type PronounKind = 'male' | 'female' | 'thing';

interface Salient {
  entityId: string;
  type: MentionType;
  /** Token where the subject (or name) stood: a pronoun only looks back to things before it. */
  token: number;
  /** The subject of a main clause, or merely named (a body named anywhere: "its head" may point at it). */
  role: 'subject' | 'named';
}

/**
 * Who "he", "she", "his", "it", "its" and "their" point at: the most recent compatible subject of a main
 * clause, read in text order. A person becomes "male" or "female" the first time a pronoun of that gender is
 * resolved to them, so that "she" then skips him. Subjects of relative clauses ("Putin, who travelled from
 * Moscow") and of reported clauses are not registered: the next "he" is still the sentence's main subject.
 * A possessive "its"/"their" before a post ("Its head, Sipho Radebe") may also point at a body that was only
 * named, not a subject ("brought by the Investigating Directorate").
 */
export class Discourse {
  private readonly entries: Salient[] = [];
  private readonly gender = new Map<string, PronounKind>();

  register(entityId: string, type: MentionType, token: number, role: Salient['role'] = 'subject'): void {
    const last = this.entries[this.entries.length - 1];
    if (last && last.entityId === entityId && last.token === token) {
      if (role === 'subject') last.role = 'subject';
      return;
    }
    this.entries.push({ entityId, type, token, role });
    if (this.entries.length > 128) this.entries.splice(0, 64);
  }

  /** The entity a pronoun at token `token` points at, or null. `named`: named bodies count too, not only subjects. */
  resolve(kind: PronounKind, token: number, exclude?: string, named = false): Salient | null {
    let best: Salient | null = null;
    for (let k = this.entries.length - 1; k >= 0; k--) {
      const s = this.entries[k];
      if (s.token >= token || s.entityId === exclude) continue;
      if (s.role === 'named' && !named) continue;
      if (kind === 'thing') {
        // A town is "it" too ("Milford ... their captain"); only subjects are registered as places.
        if (s.type !== 'ORGANIZATION' && s.type !== 'COUNTRY' && s.type !== 'PLACE') continue;
      } else {
        if (s.type !== 'PERSON') continue;
        const g = this.gender.get(s.entityId);
        if (g && g !== kind) continue;
      }
      if (!best || s.token > best.token) best = s;
    }
    if (best && kind !== 'thing' && !this.gender.has(best.entityId)) this.gender.set(best.entityId, kind);
    return best;
  }

  /** The last subject or named body of a type before `token` ("the company's" -> the last company). */
  lastOfType(type: MentionType, token: number): Salient | null {
    let best: Salient | null = null;
    for (const s of this.entries) if (s.token < token && s.type === type && (!best || s.token > best.token)) best = s;
    return best;
  }
}
