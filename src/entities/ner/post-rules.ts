import type { Doc, NerLabel, NerSpan, TokenTable } from '../../doc/types.js';
import { FULL_MONTH_NAMES, TIME_OPENERS } from '../../lexicon/calendar.js';
import { NAME_PARTICLES_INSIDE } from '../../lexicon/name-particles.js';
import { KIND, POS } from '../../tokenize/tags.js';
import { combine, normalizedHash } from './hash.js';
import { LEXICON_CLASS } from './lexicon.js';
import { BIT, CASE_MODE, type TokenProperties } from './token-properties.js';

/**
 * Corrections applied to the model's spans, in order. Each is a general rule about how names are written,
 * with the reason that justifies it; none names a particular name.
 */
export interface PostRule {
  id: string;
  reason: string;
  apply(ctx: RuleContext, spans: NerSpan[]): NerSpan[];
}

export interface RuleContext {
  doc: Doc;
  tokens: TokenTable;
  props: TokenProperties;
}

/**
 * Words for a broadcaster or channel. "the state channel Russia 1", "broadcaster France 24", "the Russia 1
 * channel": next to such a word, a place name followed by a number is the name of a channel, number included.
 */
export const MEDIA_WORDS: ReadonlySet<string> = new Set(['channel', 'channels', 'tv', 'television', 'broadcaster', 'broadcasters', 'network', 'station', 'radio', 'newscast']);

/** A word fused with a verb contraction ("I'm", "You're", "We'll"): a pronoun and a verb, never a name. */
const VERB_CONTRACTION = /^\p{L}+['’](m|re|ve|ll)$/iu;

/** Particles that Arabic names join to the next part with a hyphen ("al-Assad", "el-Sissi", "bin-Talal"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'abu', 'abd']);

/** How much more a full name's vote for its surname weighs (see `document-consistency`). */
const FULL_NAME_WEIGHT = 1.5;

const hasWordChar = (ctx: RuleContext, t: number) => (ctx.props.bits[t] & (BIT.hasLetter | BIT.hasDigit)) !== 0;

function span(ctx: RuleContext, tokenStart: number, tokenEnd: number, label: NerLabel, score: number): NerSpan {
  const t = ctx.tokens;
  return { start: t.start[tokenStart], end: t.end[tokenEnd - 1], tokenStart, tokenEnd, label, sentence: t.sentence[tokenStart], score };
}

export const POST_RULES: readonly PostRule[] = [
  {
    id: 'no-pronoun',
    reason: 'A pronoun is no name: the tagger sometimes reads a capitalised "I" or "You" as one, or "I\'m", which the tokenizer keeps as one word. Leading pronouns are cut off, and what is left is dropped when it is only a contraction.',
    apply(ctx, spans) {
      const { tokens, props, doc } = ctx;
      // "US" in capitals is a country even where the tagger of parts of speech reads the pronoun.
      const isPronoun = (t: number) => (tokens.pos[t] === POS.PRON && !(props.bits[t] & BIT.allCaps && props.length[t] > 1)) || VERB_CONTRACTION.test(doc.text.slice(tokens.start[t], tokens.end[t]));
      const out: NerSpan[] = [];
      for (const s of spans) {
        let a = s.tokenStart;
        while (a < s.tokenEnd && isPronoun(a)) a++;
        if (a === s.tokenStart) out.push(s);
        else if (a < s.tokenEnd && props.bits[a] & BIT.capInitial) out.push(span(ctx, a, s.tokenEnd, s.label, s.score));
      }
      return out;
    },
  },
  {
    id: 'title-is-no-name',
    reason: 'Titles and roles are said with a name but are not part of it ("President Putin" names "Putin"; "Mr Baron" names "Baron"): a person span that begins with a role word of the lexicon, and is not also a first name, starts after it; a role word standing alone as a span right before another name, or after "the" ("the Duchess"), is dropped.',
    apply(ctx, spans) {
      const { props } = ctx;
      const isRole = (t: number) => (props.lexicon[t] & (LEXICON_CLASS.role | LEXICON_CLASS.firstName)) === LEXICON_CLASS.role;
      const out: NerSpan[] = [];
      spans.forEach((s, i) => {
        if (s.label !== 'PER' && s.tokenEnd - s.tokenStart > 1) return out.push(s);
        let a = s.tokenStart;
        while (a < s.tokenEnd - 1 && isRole(a)) a++;
        if (a === s.tokenStart && s.tokenEnd - s.tokenStart === 1 && isRole(a)) {
          const next = spans[i + 1];
          if (next && next.tokenStart === s.tokenEnd) return;
          // "the Duchess", "the Senator": a title after "the" stands for a person named elsewhere, and is no name.
          if (a > 0 && ctx.props.lower[a - 1] === THE && ctx.tokens.sentence[a - 1] === s.sentence && !(props.bits[a] & BIT.allCaps)) return;
        }
        out.push(a === s.tokenStart ? s : span(ctx, a, s.tokenEnd, s.label, s.score));
      });
      return out;
    },
  },
  {
    id: 'trim-punctuation',
    reason: 'A name starts and ends with a word: bullets, quotes, brackets and dashes at its edges ("U.S. Department of Education •") are page furniture, and a bracket opened inside a span and not closed there ends the name ("Radnicki ( Nis )" read as "Radnicki ( N"; "Vardar (Skopje)", whose closing bracket is trimmed, gives "Vardar").',
    apply(ctx, spans) {
      const { tokens, doc } = ctx;
      const out: NerSpan[] = [];
      for (const s of spans) {
        let a = s.tokenStart;
        let b = s.tokenEnd;
        while (a < b && !hasWordChar(ctx, a)) a++;
        while (b > a && !hasWordChar(ctx, b - 1)) b--;
        for (let k = a + 1; k < b; k++) {
          const c = tokens.end[k] - tokens.start[k] === 1 ? doc.text.charCodeAt(tokens.start[k]) : 0;
          if (c !== 40 && c !== 91) continue;
          const close = c === 40 ? 41 : 93;
          let closed = false;
          for (let j = k + 1; j < b && !closed; j++) closed = tokens.end[j] - tokens.start[j] === 1 && doc.text.charCodeAt(tokens.start[j]) === close;
          if (!closed) b = k;
        }
        while (b > a && !hasWordChar(ctx, b - 1)) b--;
        // A hyphen at the end is left for `no-hyphen-cut`, which decides whether the name goes on.
        if (b < s.tokenEnd && ctx.props.bits[b] & BIT.hyphen && ctx.props.bits[b] & BIT.joinedNext && b + 1 < ctx.tokens.count && ctx.props.bits[b + 1] & BIT.hasLetter) b++;
        if (a < b) out.push(a === s.tokenStart && b === s.tokenEnd ? s : span(ctx, a, b, s.label, s.score));
      }
      return out;
    },
  },
  {
    id: 'separator-ends-a-name',
    reason: 'Page furniture between two names ("Department of Education • Charter Schools", "News | Sport") separates them: a span is cut at a bullet, a pipe, a middle dot or a dash with a space on each side inside it ("UNITED STATES - Prices of ..."; a hyphen inside a name is written against its words, "Guinea-Bissau"), and each part with a word keeps the label.',
    apply(ctx, spans) {
      const { tokens, doc } = ctx;
      const out: NerSpan[] = [];
      for (const s of spans) {
        let a = s.tokenStart;
        for (let k = s.tokenStart; k <= s.tokenEnd; k++) {
          if (k < s.tokenEnd && !(tokens.end[k] - tokens.start[k] === 1 && (SEPARATORS.has(doc.text.charCodeAt(tokens.start[k])) || isSpacedDash(ctx, k)))) continue;
          if (a === s.tokenStart && k === s.tokenEnd) out.push(s);
          else if (k > a && hasWordChar(ctx, a) && hasWordChar(ctx, k - 1)) out.push(span(ctx, a, k, s.label, s.score));
          a = k + 1;
        }
      }
      return out;
    },
  },
  {
    id: 'weekday-ends-a-name',
    reason: 'A day of the week is never part of a name ("broadcast on CNN Saturday night"), nor a month with a day or a year after it ("North Dakota February 21"): a span that ends in one is cut before it. When what is left is one word of the lexicon\'s organisations, people or places and the tagger had no type for the whole (MISC), the word takes the lexicon\'s type.',
    apply(ctx, spans) {
      const { props } = ctx;
      const out: NerSpan[] = [];
      for (const s of spans) {
        let b = s.tokenEnd;
        while (b > s.tokenStart && WEEKDAYS.has(props.lower[b - 1]) && props.bits[b - 1] & BIT.capInitial) b--;
        // "Cannon Ball, North Dakota February 21": a month with a day or a year after it is a date.
        if (b === s.tokenEnd && b - 1 > s.tokenStart && MONTHS.has(props.lower[b - 1]) && isDayOrYear(ctx, b, s.sentence)) b--;
        if (b === s.tokenEnd) out.push(s);
        else if (b > s.tokenStart) out.push(span(ctx, s.tokenStart, b, s.label === 'MISC' && b - s.tokenStart === 1 ? (lexiconLabel(props.lexicon[s.tokenStart]) ?? 'MISC') : s.label, s.score));
      }
      return out;
    },
  },
  {
    id: 'date-opens-no-name',
    reason: 'A day of the week is never the first word of a name, nor a month after a word that introduces a time ("Last Friday Mitchell, who finished fourth", "From January to June Comelf exported"): the word is cut off, and a span of that word alone is dropped. A month that opens a sentence may be a first name ("June Carter said") and stays.',
    apply(ctx, spans) {
      const { props, tokens } = ctx;
      const out: NerSpan[] = [];
      for (const s of spans) {
        let a = s.tokenStart;
        for (;;) {
          if (a >= s.tokenEnd || !(props.bits[a] & BIT.capInitial)) break;
          if (WEEKDAYS.has(props.lower[a])) a++;
          else if (MONTHS.has(props.lower[a]) && a > 0 && tokens.sentence[a - 1] === s.sentence && TIME_OPENER_HASHES.has(props.lower[a - 1])) a++;
          else break;
        }
        if (a === s.tokenStart) out.push(s);
        else if (a < s.tokenEnd && props.bits[a] & BIT.capInitial) out.push(span(ctx, a, s.tokenEnd, s.label, s.score));
      }
      return out;
    },
  },
  {
    id: 'no-lower-case-end',
    reason: 'In running text a name ends with a capitalised word, a number or a particle inside it: a span that ends in words of lower-case letters ("Marathon raises") has run into the sentence, and is cut back. Headlines are left alone, and so are spans of one word ("iPhone", "eBay").',
    apply(ctx, spans) {
      const { props, doc, tokens } = ctx;
      const isLowerWord = (t: number) => /^\p{Ll}+$/u.test(doc.text.slice(tokens.start[t], tokens.end[t]));
      const out: NerSpan[] = [];
      for (const s of spans) {
        if (props.caseMode[s.tokenStart] !== CASE_MODE.normal) {
          out.push(s);
          continue;
        }
        let b = s.tokenEnd;
        while (b - 1 > s.tokenStart && isLowerWord(b - 1)) b--;
        out.push(b === s.tokenEnd ? s : span(ctx, s.tokenStart, b, s.label, s.score));
      }
      return out;
    },
  },
  {
    id: 'no-hyphen-cut',
    reason: 'A hyphenated name is one name: "Kim Jong-Un" is never cut to "Kim Jong-", nor "el-Sissi" to "Sissi". A span that ends on a hyphen joined to a word takes that word in ("Kim Yo-jong"), and one that starts right after a hyphen takes in the word before it when that word is capitalised or an Arabic name particle; any other trailing hyphen is dropped.',
    apply(ctx, spans) {
      const { props, tokens, doc } = ctx;
      return spans.map((s) => {
        let a = s.tokenStart;
        while (a >= 2 && props.bits[a] & BIT.joinedPrev && props.bits[a - 1] & BIT.hyphen && props.bits[a - 1] & BIT.joinedPrev && tokens.sentence[a - 2] === s.sentence) {
          const word = a - 2;
          if (!(props.bits[word] & BIT.capInitial) && !NAME_PARTICLES.has(doc.text.slice(tokens.start[word], tokens.end[word]).toLowerCase())) break;
          a = word;
        }
        if (a !== s.tokenStart) s = span(ctx, a, s.tokenEnd, s.label, s.score);
        let b = s.tokenEnd;
        while (b - 1 > s.tokenStart && props.bits[b - 1] & BIT.hyphen && props.bits[b - 1] & BIT.joinedNext && b < tokens.count && props.bits[b] & BIT.hasLetter && tokens.sentence[b] === s.sentence) {
          b++;
          while (b < tokens.count && props.bits[b - 1] & BIT.joinedNext && !(props.bits[b] & BIT.hyphen) && hasWordChar(ctx, b) && tokens.sentence[b] === s.sentence) b++;
        }
        while (b - 1 > s.tokenStart && props.bits[b - 1] & BIT.hyphen) b--;
        return b === s.tokenEnd ? s : span(ctx, s.tokenStart, b, s.label, s.score);
      });
    },
  },
  {
    id: 'glued-to-a-word',
    reason: 'A name stands on its own: a span glued to letters, digits, "." or "@" before it, or followed by ".xx", is a piece of a web address or handle ("www.rtbh.net", "nailberry.co.uk").',
    apply(ctx, spans) {
      const text = ctx.doc.text;
      return spans.filter((s) => {
        const before = s.start > 0 ? text.charCodeAt(s.start - 1) : 32;
        if (isGlue(before)) return false;
        const after = text.slice(s.end, s.end + 2);
        return !/^[.@_][\p{L}\p{N}]/u.test(after) && !/^[\p{L}\p{N}]/u.test(after);
      });
    },
  },
  {
    id: 'joined-pair',
    reason: 'Two names joined by a hyphen name two things ("the Kim-Trump meeting", "Paris-Berlin talks"): when each part is a name elsewhere in the document, the compound is split into two names of those types.',
    apply(ctx, spans) {
      const { props } = ctx;
      const known = new Map<number, NerLabel>();
      const isPair = (s: NerSpan) => s.tokenEnd - s.tokenStart === 3 && props.bits[s.tokenStart + 1] & BIT.hyphen && props.bits[s.tokenStart] & BIT.joinedNext && props.bits[s.tokenStart + 1] & BIT.joinedNext;
      for (const s of spans) {
        if (s.label === 'MISC' || isPair(s)) continue;
        for (let k = s.tokenStart; k < s.tokenEnd; k++) if (props.bits[k] & BIT.capInitial) known.set(props.lower[k], s.label);
      }
      const out: NerSpan[] = [];
      for (const s of spans) {
        const left = isPair(s) ? known.get(props.lower[s.tokenStart]) : undefined;
        const right = isPair(s) ? known.get(props.lower[s.tokenStart + 2]) : undefined;
        if (left && right) {
          out.push(span(ctx, s.tokenStart, s.tokenStart + 1, left, s.score), span(ctx, s.tokenStart + 2, s.tokenStart + 3, right, s.score));
        } else out.push(s);
      }
      return out;
    },
  },
  {
    id: 'initials-before-a-surname',
    reason: 'Initials written without periods before a surname ("JK Rowling", "AB de Villiers", "PJ Harvey") look like an acronym to the tagger, which then reads an organisation: a two-word organisation span of two or three capitals followed by a word the lexicon knows as a surname, and as no organisation, is a person.',
    apply(ctx, spans) {
      const { props } = ctx;
      return spans.map((s) => {
        if (s.label !== 'ORG' || s.tokenEnd - s.tokenStart !== 2) return s;
        const a = s.tokenStart;
        const b = a + 1;
        const initials = props.bits[a] & BIT.allCaps && props.length[a] >= 2 && props.length[a] <= 3 && !(props.bits[a] & (BIT.hasDigit | BIT.hasPeriod));
        const surname = props.bits[b] & BIT.capInitial && !(props.bits[b] & BIT.allCaps) && (props.lexicon[b] & (LEXICON_CLASS.lastName | LEXICON_CLASS.organization)) === LEXICON_CLASS.lastName;
        return initials && surname && !(props.lexicon[a] & LEXICON_CLASS.organization) ? { ...s, label: 'PER' } : s;
      });
    },
  },
  {
    id: 'ampersand-inside-a-name',
    reason: 'An ampersand between capitalised words is inside a name, nearly always a company\'s ("Douglas & Lomason", "Procter & Gamble", "Marks & Spencer"; every "&" next to a name in CoNLL-2003 eng.train is inside it): the spans or capitalised words on both sides become one name, an organisation unless both sides are places. Two person spans stay two people ("Harry & Meghan").',
    apply(ctx, spans) {
      const { props, tokens, doc } = ctx;
      let out = spans;
      for (let k = 1; k + 1 < tokens.count; k++) {
        if (tokens.end[k] - tokens.start[k] !== 1 || doc.text.charCodeAt(tokens.start[k]) !== 38 /* & */) continue;
        if (tokens.sentence[k - 1] !== tokens.sentence[k] || tokens.sentence[k + 1] !== tokens.sentence[k]) continue;
        if (!(props.bits[k - 1] & BIT.capInitial) || !(props.bits[k + 1] & BIT.capInitial)) continue;
        const left = out.findIndex((s) => s.tokenEnd === k);
        const right = out.findIndex((s) => s.tokenStart === k + 1);
        if (left < 0 && right < 0) continue;
        // Two people named together ("Harry & Meghan") stay two names.
        if (left >= 0 && right >= 0 && out[left].label === 'PER' && out[right].label === 'PER') continue;
        const a = left >= 0 ? out[left].tokenStart : k - 1;
        const b = right >= 0 ? out[right].tokenEnd : k + 2;
        const labels = [left >= 0 ? out[left].label : null, right >= 0 ? out[right].label : null].filter((l) => l !== null);
        const label: NerLabel = labels.every((l) => l === 'LOC') ? 'LOC' : 'ORG';
        const score = Math.max(left >= 0 ? out[left].score : 0, right >= 0 ? out[right].score : 0);
        out = out.filter((s) => s.tokenEnd <= a || s.tokenStart >= b);
        out.push(span(ctx, a, b, label, score));
        out.sort((x, y) => x.tokenStart - y.tokenStart);
      }
      return out;
    },
  },
  {
    id: 'known-organisation-is-no-misc',
    reason: 'A one-word MISC span that the lexicon knows only as an organisation ("CNN", "NASA", "FIFA") names that organisation: the tagger gives MISC to names it has seen little of in running text, and the linker drops MISC.',
    apply(ctx, spans) {
      const { props } = ctx;
      return spans.map((s) => (s.label === 'MISC' && s.tokenEnd - s.tokenStart === 1 && lexiconLabel(props.lexicon[s.tokenStart]) === 'ORG' ? { ...s, label: 'ORG' } : s));
    },
  },
  {
    id: 'given-name-and-particle',
    reason: 'A span that opens with a word the lexicon knows as a given name or a person and not as an organisation or a place, and has a capitalised name particle inside ("Jordan De Goey", "Kevin De Bruyne", "Robin Van Persie") is a person, whatever class the tagger gave it; companies and places with a particle ("Banco De Chile", "Tour De France") do not open with a given name.',
    apply(ctx, spans) {
      const { props, doc, tokens } = ctx;
      const isParticle = (t: number) => props.bits[t] & BIT.capInitial && NAME_PARTICLES_INSIDE.has(doc.text.slice(tokens.start[t], tokens.end[t]).toLowerCase());
      return spans.map((s) => {
        if (s.label === 'PER' || s.tokenEnd - s.tokenStart < 3 || s.tokenEnd - s.tokenStart > 4) return s;
        const lex = props.lexicon[s.tokenStart];
        if (!(lex & (LEXICON_CLASS.firstName | LEXICON_CLASS.person)) || lex & (LEXICON_CLASS.organization | LEXICON_CLASS.place)) return s;
        for (let t = s.tokenStart + 1; t < s.tokenEnd - 1; t++) if (isParticle(t)) return { ...s, label: 'PER' };
        return s;
      });
    },
  },
  {
    id: 'organisation-ends-no-person',
    reason: 'A person\'s name does not end in a word the lexicon knows only as an organisation ("Reynard Honda", "Lola Mercedes-Benz": a chassis and its engine maker): a person span of two words or more that does is an ORG.',
    apply(ctx, spans) {
      const { props } = ctx;
      return spans.map((s) => (s.label === 'PER' && s.tokenEnd - s.tokenStart > 1 && lexiconLabel(props.lexicon[s.tokenEnd - 1]) === 'ORG' ? { ...s, label: 'ORG' } : s));
    },
  },
  {
    id: 'honorific-before-a-name',
    reason: 'A courtesy title ("Mr", "Mrs", "Ms", "Dr") is followed by a person\'s name, whatever else the word may be ("Mr Shorten", "Mrs Rose", "Dr Black"): capitalised words right after one that the tagger left untagged, or tagged otherwise as a span starting there, are a person. The title stays out of the name.',
    apply(ctx, spans) {
      const { props, tokens } = ctx;
      // Built at the first courtesy title: most articles have none.
      let owner: Int32Array | null = null;
      const out = spans.slice();
      const added: NerSpan[] = [];
      for (let t = 0; t + 1 < tokens.count; t++) {
        if (!(props.bits[t] & BIT.capInitial) || props.length[t] > 4 || !HONORIFICS.has(props.lower[t])) continue;
        if (!owner) {
          owner = new Int32Array(tokens.count).fill(-1);
          for (let i = 0; i < spans.length; i++) owner.fill(i, spans[i].tokenStart, spans[i].tokenEnd);
        }
        if (owner[t] >= 0) continue;
        let a = t + 1;
        if (props.bits[a] & BIT.hasPeriod && props.length[a] === 1) a++;
        if (a >= tokens.count || tokens.sentence[a] !== tokens.sentence[t] || props.caseMode[a] !== CASE_MODE.normal) continue;
        const isNameWord = (k: number) => (props.bits[k] & (BIT.capInitial | BIT.hasDigit)) === BIT.capInitial && !(props.bits[k] & BIT.allCaps && props.length[k] > 1) && tokens.sentence[k] === tokens.sentence[t];
        if (!isNameWord(a)) continue;
        const o = owner[a];
        if (o >= 0) {
          const s = out[o];
          if (s.tokenStart === a && s.label !== 'PER') out[o] = { ...s, label: 'PER' };
          continue;
        }
        let b = a + 1;
        while (b < tokens.count && b - a < 3 && owner[b] < 0 && isNameWord(b)) b++;
        added.push(span(ctx, a, b, 'PER', 0.5));
      }
      return added.length ? [...out, ...added].sort((x, y) => x.tokenStart - y.tokenStart) : out;
    },
  },
  {
    id: 'one-person-across-particles',
    reason: 'Two person spans with nothing between them but a space ("Miguel" + "Angel Jimenez") or lower-case name particles ("Joost" van der "Westhuizen", "Danie" van "Schalkwyk") are one name: the tagger began a second name where the first went on. Two people are written apart by a comma, "and" or a line break.',
    apply(ctx, spans) {
      const { tokens, doc } = ctx;
      const textOf = (t: number) => doc.text.slice(tokens.start[t], tokens.end[t]);
      const out: NerSpan[] = [];
      for (const s of spans) {
        const prev = out[out.length - 1];
        if (prev && prev.label === 'PER' && s.label === 'PER' && prev.sentence === s.sentence && s.tokenStart - prev.tokenEnd <= 3) {
          let between = true;
          for (let t = prev.tokenEnd; t < s.tokenStart; t++) if (!NAME_PARTICLES_INSIDE.has(textOf(t))) between = false;
          // Only spaces and the particles' letters between the names: no line break, no punctuation.
          const gap = doc.text.slice(tokens.end[prev.tokenEnd - 1], tokens.start[s.tokenStart]);
          if (between && /^[ \p{L}]+$/u.test(gap)) {
            out[out.length - 1] = span(ctx, prev.tokenStart, s.tokenEnd, 'PER', Math.min(prev.score, s.score));
            continue;
          }
        }
        out.push(s);
      }
      return out;
    },
  },
  {
    id: 'document-consistency',
    reason: 'Within one article a name keeps one type: "Trump" after "Donald Trump" is the same person wherever it stands. Each span votes for the type of its words with its confidence, a person\'s full name also votes for its surname alone, and a span whose type lost the vote takes the winning type.',
    apply(ctx, spans) {
      const { props } = ctx;
      const keyOf = (a: number, b: number) => {
        let h = 0x2545f491;
        for (let k = a; k < b; k++) h = combine(h, props.lower[k]);
        return h;
      };
      const votes = new Map<number, Map<NerLabel, number>>();
      const vote = (key: number, label: NerLabel, weight: number) => {
        let v = votes.get(key);
        if (!v) votes.set(key, (v = new Map()));
        v.set(label, (v.get(label) ?? 0) + weight);
      };
      for (const s of spans) {
        vote(keyOf(s.tokenStart, s.tokenEnd), s.label, s.score);
        // A full name says more about its surname's type than the surname alone says: its vote counts more.
        if (s.label === 'PER' && s.tokenEnd - s.tokenStart >= 2 && props.bits[s.tokenEnd - 1] & BIT.capInitial) vote(keyOf(s.tokenEnd - 1, s.tokenEnd), 'PER', s.score * FULL_NAME_WEIGHT);
      }
      return spans.map((s) => {
        const v = votes.get(keyOf(s.tokenStart, s.tokenEnd))!;
        let best = s.label;
        for (const [label, w] of v) if (w > v.get(best)!) best = label;
        return best === s.label ? s : { ...s, label: best };
      });
    },
  },
  {
    id: 'surname-remembered',
    reason: 'Once an article has named a person in full or with a courtesy title ("Bill Shorten", "Mr Shorten"), the surname alone is that person wherever it stands capitalised in running text, even where the word is also a common one ("Shorten will not be remembered"): an untagged capitalised word equal to such a surname is a person.',
    apply(ctx, spans) {
      const { props, tokens } = ctx;
      const surnames = new Set<number>();
      const covered = new Uint8Array(tokens.count);
      for (const s of spans) {
        covered.fill(1, s.tokenStart, s.tokenEnd);
        const last = s.tokenEnd - 1;
        const titled = s.tokenStart > 0 && HONORIFICS.has(props.lower[s.tokenStart - 1]);
        if (s.label === 'PER' && (s.tokenEnd - s.tokenStart >= 2 || titled) && props.bits[last] & BIT.capInitial && !(props.bits[last] & BIT.allCaps) && props.length[last] > 2) surnames.add(props.lower[last]);
      }
      if (surnames.size === 0) return spans;
      const added: NerSpan[] = [];
      for (let t = 0; t < tokens.count; t++) {
        if ((props.bits[t] & (BIT.capInitial | BIT.allCaps)) !== BIT.capInitial || covered[t] || !surnames.has(props.lower[t]) || props.caseMode[t] !== CASE_MODE.normal) continue;
        // Part of a longer capitalised name that the tagger left alone ("Shorten Street") is not the person.
        const joinedCap = (k: number) => k >= 0 && k < tokens.count && tokens.sentence[k] === tokens.sentence[t] && props.bits[k] & BIT.capInitial && !HONORIFICS.has(props.lower[k]);
        if ((joinedCap(t - 1) && t - 1 !== props.sentenceStart[t]) || joinedCap(t + 1)) continue;
        added.push(span(ctx, t, t + 1, 'PER', 0.5));
      }
      return added.length ? [...spans, ...added].sort((x, y) => x.tokenStart - y.tokenStart) : spans;
    },
  },
  {
    id: 'channel-number',
    reason: 'Next to a word for a broadcaster ("the state channel Russia 1", "broadcaster France 24", "on the Russia 1 channel"), a place name followed by a one- or two-digit number names a channel: the number is part of the name and the name is an organisation.',
    apply(ctx, spans) {
      const { tokens, doc } = ctx;
      return spans.map((s) => {
        const n = s.tokenEnd;
        if (s.label === 'PER' || n >= tokens.count || tokens.sentence[n] !== s.sentence || tokens.kind[n] !== KIND.number || tokens.end[n] - tokens.start[n] > 2) return s;
        if (n + 1 < tokens.count && tokens.sentence[n + 1] === s.sentence && tokens.kind[n + 1] === KIND.number) return s;
        // The word for a broadcaster before the name ("the state channel Russia 1") or right after its number
        // ("on the Russia 1 channel").
        const after = n + 1 < tokens.count && tokens.sentence[n + 1] === s.sentence ? doc.text.slice(tokens.start[n + 1], tokens.end[n + 1]).toLowerCase() : '';
        let media = MEDIA_WORDS.has(after);
        for (let k = s.tokenStart - 1; k >= Math.max(0, s.tokenStart - 3) && tokens.sentence[k] === s.sentence; k--) {
          if (MEDIA_WORDS.has(doc.text.slice(tokens.start[k], tokens.end[k]).toLowerCase())) media = true;
        }
        return media ? span(ctx, s.tokenStart, n + 1, 'ORG', s.score) : s;
      });
    },
  },
];


/** Characters that separate items on a page: a name never runs over them. */
const SEPARATORS: ReadonlySet<number> = new Set([...'•|·¦▪►'].map((c) => c.charCodeAt(0)));

/** Token `k` is a hyphen or dash with white space on both sides. */
function isSpacedDash(ctx: RuleContext, k: number): boolean {
  const { tokens, doc } = ctx;
  const c = doc.text.charCodeAt(tokens.start[k]);
  if (c !== 45 && c !== 0x2013 && c !== 0x2014) return false;
  return k > 0 && k + 1 < tokens.count && tokens.start[k] > tokens.end[k - 1] && tokens.start[k + 1] > tokens.end[k];
}

const THE = normalizedHash('the');

/** Courtesy titles said right before a surname. */
const HONORIFICS: ReadonlySet<number> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.'].map((w) => normalizedHash(w)));

/** The days of the week, as `TokenProperties.lower` hashes. */
const WEEKDAYS: ReadonlySet<number> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((w) => normalizedHash(w)));

/** Month names written out; "May" too, as only a month is followed by a day or a year. */
const MONTHS: ReadonlySet<number> = new Set(FULL_MONTH_NAMES.map((w) => normalizedHash(w)));

const TIME_OPENER_HASHES: ReadonlySet<number> = new Set([...TIME_OPENERS].map((w) => normalizedHash(w)));

/** Token `t`, in the sentence, is a day of the month or a year ("21", "21st", "1996"). */
function isDayOrYear(ctx: RuleContext, t: number, sentence: number): boolean {
  if (t >= ctx.tokens.count || ctx.tokens.sentence[t] !== sentence) return false;
  const w = ctx.doc.text.slice(ctx.tokens.start[t], ctx.tokens.end[t]);
  return /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$|^(?:1[89]|20)\d\d$/.test(w);
}

/** The one NER label a word's lexicon classes point at, or null when they point at none or several. */
function lexiconLabel(classes: number): NerLabel | null {
  const org = classes & LEXICON_CLASS.organization ? 1 : 0;
  const per = classes & (LEXICON_CLASS.person | LEXICON_CLASS.firstName | LEXICON_CLASS.lastName) ? 1 : 0;
  const loc = classes & LEXICON_CLASS.place ? 1 : 0;
  if (org + per + loc !== 1) return null;
  return org ? 'ORG' : per ? 'PER' : 'LOC';
}

/** Letters, digits and the characters that join the pieces of an address or a handle. */
function isGlue(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 64 || c === 95 || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
}

export function applyPostRules(doc: Doc, spans: NerSpan[], props: TokenProperties): NerSpan[] {
  const ctx: RuleContext = { doc, tokens: doc.tokens!, props };
  let out = spans;
  for (const rule of POST_RULES) out = rule.apply(ctx, out);
  return out;
}
