import type { MentionType } from '../doc/types.js';

export type PronounKind = 'male' | 'female' | 'thing';

interface Salient {
  entityId: string;
  type: MentionType;
  /** Token where the subject stood: a pronoun only looks back to subjects before it. */
  token: number;
}

/**
 * Who "he", "she", "his" and "it" point at: the most recent compatible subject of a main clause, read in
 * text order. A person becomes "male" or "female" the first time a pronoun of that gender is resolved to
 * them, so that "she" then skips him. Subjects of relative clauses ("Putin, who travelled from Moscow")
 * are not registered: the next "he" is still the sentence's main subject.
 */
export class Discourse {
  private readonly subjects: Salient[] = [];
  private readonly gender = new Map<string, PronounKind>();

  register(entityId: string, type: MentionType, token: number): void {
    const last = this.subjects[this.subjects.length - 1];
    if (last && last.entityId === entityId && last.token === token) return;
    this.subjects.push({ entityId, type, token });
    if (this.subjects.length > 64) this.subjects.splice(0, 32);
  }

  /** The entity a pronoun at token `token` points at, or null. */
  resolve(kind: PronounKind, token: number, exclude?: string): Salient | null {
    for (let k = this.subjects.length - 1; k >= 0; k--) {
      const s = this.subjects[k];
      if (s.token >= token || s.entityId === exclude) continue;
      if (kind === 'thing') {
        if (s.type === 'PERSON') continue;
      } else {
        if (s.type !== 'PERSON') continue;
        const g = this.gender.get(s.entityId);
        if (g && g !== kind) continue;
      }
      if (kind !== 'thing' && !this.gender.has(s.entityId)) this.gender.set(s.entityId, kind);
      return s;
    }
    return null;
  }

  /** Marks a person's gender from a title or a word the article uses of them ("spokeswoman"). */
  setGender(entityId: string, kind: PronounKind): void {
    if (!this.gender.has(entityId)) this.gender.set(entityId, kind);
  }
}
