import { foldName } from '../gazetteer/fold.js';
import { FULL_MONTH_NAMES, TIME_OPENERS, WEEKDAYS } from '../../lexicon/calendar.js';
import type { Doc, Entity, EntityType, Mention, NerSpan } from '../../doc/types.js';
import { clusterPersons } from './coref.js';
import { matchCountryExact, matchCountryStartingAt } from './country-match.js';
import { countryNamedAsPerson } from './country-or-person.js';
import { roleKey, type OrgHeads } from './lexicon.js';
import { findDescriptions } from './descriptions.js';
import { changedDraft, type Draft } from './draft.js';
import { entityId } from './ids.js';
import { isActorSubject } from './metonymy.js';
import { addNameParts, mergeCutNames } from './name-parts.js';
import { resolveOrgAcronyms, resolveOrgShortForms } from './org-short-forms.js';
import { scanCountries } from './scan.js';
import { sameNameWord } from './similarity.js';
import { groupKey, typeSpan, type TypingResources } from './typing.js';
import { nationalTeams, sportsCopy } from './teams.js';
import { placesInLists, placesNamedByKind, unknownPlacesListedWithOrgs } from './place-lists.js';
import { splitAtInnerPossessive, takeInNameEndingInPossessive } from './possessive-names.js';
import { retypeBySaidKind } from './said-kinds.js';
import { joinCutSpans } from './cut-spans.js';
import { extendOrgNames, partySpans, pollsterSpans, untaggedOrgSpans, type OrgNameCues } from './untagged-orgs.js';
import { TokenView } from './view.js';
import { nameWords } from '../gazetteer/fold.js';

interface EntityDraft {
  type: EntityType;
  name: string;
  kbId: string | null;
  drafts: Draft[];
  /** For grouping spelling variants of non-person names. */
  words: string[];
}

/** The article's own countries settle an ambiguous name: "Korean" is North Korean in an article that names North Korea only. */
function settler(drafts: readonly Draft[]): (countries: readonly string[]) => readonly string[] {
  const named = new Set<string>();
  for (const d of drafts) if (d.type === 'COUNTRY' && d.countries?.length === 1) named.add(d.countries[0]);
  return (countries) => {
    if (countries.length < 2) return countries;
    const inArticle = countries.filter((c) => named.has(c));
    return inArticle.length === 1 ? inArticle : countries;
  };
}

/**
 * A name the tagger cut before its geographic head ("Tumen" + "River", or "River" as a span of its own)
 * is one place name: the span takes the head in.
 */
function extendPlaceNames(view: TokenView, spans: NerSpan[], covered: Uint8Array, heads: ReadonlySet<string>, eventHeads: ReadonlySet<string>): NerSpan[] {
  const out: NerSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const next = s.tokenEnd;
    const head = next < view.count && s.label !== 'PER' && view.sentence(next) === s.sentence && view.isCapitalized(next) ? view.lower(next) : '';
    // An event head extends a place too ("the London Marathon"): typing then makes the whole an event.
    // Not in a headline, where every word is capitalised ("RUSSIA TALKS", "Russia Talks").
    const inBody = view.doc.sentences[s.sentence]?.zone === 'body' && !view.isAllCaps(next);
    const isHead = head !== '' && (heads.has(head) || (s.label === 'LOC' && inBody && eventHeads.has(head)));
    const following = spans[k + 1];
    const headSpanAlone = following && following.tokenStart === next && following.tokenEnd === next + 1;
    if (isHead && (!covered[next] || headSpanAlone)) {
      out.push({ ...s, tokenEnd: next + 1, end: view.tokens.end[next], label: 'LOC' });
      covered[next] = 1;
      if (headSpanAlone) k++;
    } else {
      out.push(s);
    }
  }
  return out;
}

/**
 * "University of Bergen", "Central Bank of Nigeria", "Council of Europe": a body named after a place is
 * often tagged as two spans, the body ("University") and the place ("Bergen"). A span that ends in a
 * head of such bodies (`ofPlace` in data/kb/org-heads.json; not a legal form: "Acme Inc of Ohio" is a
 * company and its seat), followed by "of" and a place or organisation span, is one organisation name. A person span never starts one; a place span only with a head no place name ends in
 * ("West Bank of the Jordan" stays a place).
 */
function joinBodyOfPlace(view: TokenView, spans: NerSpan[], heads: OrgHeads): NerSpan[] {
  const out: NerSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k];
    const b = spans[k + 1];
    const of = a.tokenEnd;
    const last = a.tokenEnd - 1;
    const key = roleKey(view.text(last));
    const isHead = view.isCapitalized(last) && heads.ofPlace.has(key) && (heads.overPlace.has(key) || a.label === 'ORG');
    if (a.label !== 'PER' && isHead && b && b.label !== 'PER' && b.sentence === a.sentence && of + 1 === b.tokenStart && view.text(of) === 'of') {
      out.push({ ...a, tokenEnd: b.tokenEnd, end: b.end, label: 'ORG' });
      k++;
    } else out.push(a);
  }
  return out;
}

/**
 * A span that is the start of a country's name the tagger cut short ("El" of "El Salvador") takes in the
 * rest when no other name holds it, or when the rest is a span of its own that the country's name ends
 * exactly ("SOUTH" + "AFRICA" in a headline): the whole is the country.
 */
function extendCountryNames(view: TokenView, spans: NerSpan[], covered: Uint8Array, r: TypingResources): NerSpan[] {
  const out: NerSpan[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const sentence = view.doc.sentences[s.sentence];
    const next = spans[i + 1];
    if (!sentence || s.tokenEnd >= sentence.tokenEnd) {
      out.push(s);
      continue;
    }
    const m = matchCountryStartingAt(view, s.tokenStart, sentence.tokenEnd, r.countries, r.countries.names);
    if (m && m.kind === 'name' && next && next.tokenStart === s.tokenEnd && next.tokenEnd === m.tokenEnd) {
      out.push({ ...s, tokenEnd: m.tokenEnd, end: view.tokens.end[m.tokenEnd - 1], label: 'LOC' });
      i++;
      continue;
    }
    if (covered[s.tokenEnd] || !m || m.kind !== 'name' || m.tokenEnd <= s.tokenEnd) {
      out.push(s);
      continue;
    }
    // Only capitalised words and hyphens: a lower-case word or a stop after the span is left as it is.
    let free = true;
    for (let k = s.tokenEnd; k < m.tokenEnd; k++) if (covered[k] || !(view.isCapitalized(k) || view.text(k) === '-')) free = false;
    if (!free) {
      out.push(s);
      continue;
    }
    covered.fill(1, s.tokenEnd, m.tokenEnd);
    out.push({ ...s, tokenEnd: m.tokenEnd, end: view.tokens.end[m.tokenEnd - 1], label: 'LOC' });
  }
  return out;
}

/**
 * A person span that the tagger started one word late: a capitalised word right before it, in mid-sentence
 * of the article body (a headline capitalises every word), that no span covers and that is neither a
 * title, a month or a day, nor a country or demonym, is the first word of the name ("her host Do Van
 * Minh", where "Do" is also a common word; not "Last Friday Mitchell").
 */
function extendPersonNames(view: TokenView, spans: NerSpan[], covered: Uint8Array, r: TypingResources): NerSpan[] {
  return spans.map((s) => {
    const prev = s.tokenStart - 1;
    if (s.label !== 'PER' || prev < 0 || covered[prev] || view.sentence(prev) !== s.sentence || view.doc.sentences[s.sentence]?.zone !== 'body') return s;
    if (prev === 0 || view.sentence(prev - 1) !== s.sentence || view.tokens.end[prev] + 1 !== s.start) return s;
    if (!view.isCapitalized(prev) || view.isAllCaps(prev) || !/^\p{L}+$/u.test(view.text(prev))) return s;
    const k = roleKey(view.text(prev));
    if (r.roles.heads.has(k) || r.roles.modifiers.has(k) || isDateWord(view, prev) || matchCountryExact(view, prev, prev + 1, r.countries)) return s;
    covered[prev] = 1;
    return { ...s, tokenStart: prev, start: view.tokens.start[prev] };
  });
}

/** A weekday written out ("Friday"), or a month written out after a word that introduces a time ("to June"). */
function isDateWord(view: TokenView, i: number): boolean {
  const w = view.lower(i);
  if (w.length > 3 && WEEKDAYS.has(w)) return true;
  return FULL_MONTH_NAMES.includes(w) && i > 0 && view.sentence(i - 1) === view.sentence(i) && TIME_OPENERS.has(view.lower(i - 1));
}

function orgNameCues(view: TokenView, r: TypingResources): OrgNameCues {
  return {
    clubSuffixes: r.sports.clubSuffixes,
    inSportsCopy: () => sportsCopy(view, r.sports),
    // A place of the knowledge base that is no capital: a state or a continent.
    isRegion: (name) => r.kb.find('PLACE', name) !== undefined && !r.countries.capitals.has(foldName(name)),
  };
}

/**
 * The agency of a dateline ("MAPUTO, June 5 (Meridian News) –", "Moscow (AsiaNews) –") is an organisation
 * the article names, whatever the tagger made of it: an ORG span over its tokens, in place of the tagger's
 * spans inside it ("Meridian" as MISC).
 */
function datelineAgency(view: TokenView, spans: NerSpan[], covered: Uint8Array): NerSpan[] {
  const dateline = view.doc.meta.dateline;
  if (!dateline?.agency || dateline.start === undefined || dateline.end === undefined) return spans;
  const at = view.doc.text.indexOf(dateline.agency, dateline.start);
  if (at === -1 || at + dateline.agency.length > dateline.end) return spans;
  let from = -1;
  let to = -1;
  for (let i = 0; i < view.count && view.tokens.start[i] < at + dateline.agency.length; i++) {
    if (view.tokens.start[i] === at) from = i;
    if (from !== -1 && view.tokens.end[i] === at + dateline.agency.length) to = i + 1;
  }
  if (from === -1 || to === -1) return spans;
  // Spans inside the agency's name ("Meridian" as MISC) give way to it; one that runs over its edge is left alone.
  if (spans.some((s) => s.tokenStart < to && s.tokenEnd > from && (s.tokenStart < from || s.tokenEnd > to))) return spans;
  covered.fill(1, from, to);
  const agency: NerSpan = { start: at, end: at + dateline.agency.length, tokenStart: from, tokenEnd: to, label: 'ORG', sentence: view.sentence(from), score: 0 };
  return [...spans.filter((s) => s.tokenEnd <= from || s.tokenStart >= to), agency].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A dateline names where the story was filed ("NEW YORK 1996-08-30", "Moscow (AsiaNews) –"): the name the
 * tagger found there is that place, even where it took a city for its team or its club.
 */
function datelinePlaceIsPlace(view: TokenView, drafts: Draft[], r: TypingResources): void {
  const dateline = view.doc.meta.dateline;
  // Only a dateline sure to be one: with its agency ("Moscow (AsiaNews) –"), or a line of a place and a
  // date, whose span is the place. A bare "RUGBY UNION - ..." at a paragraph's start looks like one too.
  if (!dateline || dateline.start === undefined || dateline.end === undefined) return;
  if (dateline.agency === null && dateline.end - dateline.start !== dateline.place.length) return;
  const place = foldName(dateline.place);
  for (const d of drafts) {
    if (d.start !== dateline.start || (d.type !== 'ORGANIZATION' && d.type !== 'PERSON') || foldName(view.span(d.tokenStart, d.tokenEnd)) !== place) continue;
    // "UNITED NATIONS 1996-08-29": an organisation of the knowledge base datelines its own news.
    if (d.type === 'ORGANIZATION' && r.kb.find('ORGANIZATION', view.span(d.tokenStart, d.tokenEnd))) continue;
    d.type = 'PLACE';
    d.role = undefined;
    d.words = undefined;
    d.kb = r.kb.find('PLACE', view.span(d.tokenStart, d.tokenEnd));
  }
}

function dedupe(drafts: Draft[]): Draft[] {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  return drafts.filter((d, i) => i === 0 || !(drafts[i - 1].start === d.start && drafts[i - 1].end === d.end && drafts[i - 1].type === d.type));
}

/**
 * Links one document: types the tagger's spans, adds the country names and demonyms it missed, settles
 * ambiguous names, recognises capitals acting for their state, groups person mentions into people, links
 * definite descriptions, and builds one entity per real-world thing with a stable id.
 */
export function linkDocument(doc: Doc, r: TypingResources): void {
  doc.mentions = [];
  doc.entities = [];
  if (!doc.tokens || doc.tokens.count === 0) return;
  const view = new TokenView(doc);
  let spans: NerSpan[] = [...doc.nerSpans].sort((a, b) => a.start - b.start || b.end - a.end);
  const covered = new Uint8Array(view.count);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);

  spans = datelineAgency(view, spans, covered);
  spans = joinCutSpans(view, spans);
  spans = splitAtInnerPossessive(view, spans, covered);
  spans = joinBodyOfPlace(view, spans, r.orgHeads);
  spans = extendPlaceNames(view, spans, covered, r.placeHeads, r.eventHeads);
  spans = extendPersonNames(view, spans, covered, r);
  spans = extendCountryNames(view, spans, covered, r);
  spans = extendOrgNames(view, spans, covered, r.orgHeads, orgNameCues(view, r));
  spans = [...spans, ...untaggedOrgSpans(view, covered, r.orgHeads), ...pollsterSpans(view, covered), ...partySpans(view, covered)].sort((a, b) => a.start - b.start || b.end - a.end);

  let drafts: Draft[] = [];
  const leftovers: NerSpan[] = [];
  for (const s of spans) {
    const sentence = doc.sentences[s.sentence];
    const typed = typeSpan(view, s, sentence ? sentence.tokenStart : s.tokenStart, r);
    if (typed.length) drafts.push(...typed);
    else leftovers.push(s);
  }
  datelinePlaceIsPlace(view, drafts, r);
  drafts.push(...scanCountries(view, covered, r));
  addNameParts(view, drafts, leftovers, covered, (w) => r.countries.names.has(w) && !r.countries.scanNames.has(w));
  mergeCutNames(view, drafts);
  retypeBySaidKind(view, drafts, r.roles, r.kb);
  countryNamedAsPerson(view, drafts, r.countries);
  takeInNameEndingInPossessive(view, drafts);

  const settle = settler(drafts);
  drafts = drafts.flatMap((d): Draft[] => {
    if (d.type === 'COUNTRY' && d.countries && d.countries.length > 1) {
      const settled = settle(d.countries);
      if (settled.length === 1) return [changedDraft(d, { countries: settled })];
      // An unsettled demonym points nowhere; an unsettled name ("Korea") is a place of its own.
      return d.source === 'demonym' ? [] : [changedDraft(d, { type: 'PLACE', countries: undefined, source: d.source === 'gazetteer' ? 'gazetteer' : d.source })];
    }
    if (d.type === 'PLACE' && (d.source === 'model' || d.source === 'gazetteer')) {
      const iso2 = r.countries.metonymyCapitals.get(groupKey(view, d));
      if (iso2 && isActorSubject(view, d, doc.sentences[d.sentence])) return [changedDraft(d, { type: 'COUNTRY', countries: [iso2], metonymy: true, kb: undefined })];
    }
    return [d];
  });
  drafts = dedupe(drafts);
  placesInLists(view, drafts, covered, r.kb);
  placesNamedByKind(view, drafts, r.kb);
  unknownPlacesListedWithOrgs(view, drafts, (name) => r.placeNames.has(name) || r.countries.capitals.has(name) || r.countries.names.has(name));
  drafts = nationalTeams(view, drafts, r.sports, r.nationalTeams);
  resolveOrgShortForms(view, drafts, r.orgHeads, { suffixes: r.sports.clubSuffixes, inSportsCopy: () => sportsCopy(view, r.sports) });
  resolveOrgAcronyms(view, drafts);

  const entities: EntityDraft[] = [];
  const persons = clusterPersons(drafts.filter((d) => d.type === 'PERSON'));
  const personTokens = new Uint8Array(view.count);
  for (const d of drafts) if (d.type === 'PERSON') personTokens.fill(1, d.tokenStart, d.tokenEnd);
  for (const desc of findDescriptions(view, personTokens, persons, r.countries, r.roles, settle)) {
    desc.cluster.drafts.push(desc.draft);
    drafts.push(desc.draft);
  }
  for (const c of persons) {
    const kb = c.drafts.find((d) => d.kb)?.kb;
    entities.push({ type: 'PERSON', name: kb?.name ?? view.span(c.named.tokenStart, c.named.tokenEnd), kbId: kb?.kbId ?? null, drafts: c.drafts, words: c.words });
  }

  const byCountry = new Map<string, EntityDraft>();
  const byKb = new Map<string, EntityDraft>();
  const byName = new Map<string, EntityDraft>();
  const byPhonetic = new Map<string, EntityDraft[]>();
  for (const d of drafts) {
    if (d.type === 'PERSON') continue;
    if (d.type === 'COUNTRY' && d.countries?.length === 1) {
      const iso2 = d.countries[0];
      let e = byCountry.get(iso2);
      if (!e) {
        const country = r.countries.countries.get(iso2)!;
        e = { type: 'COUNTRY', name: country.name, kbId: country.kbId, drafts: [], words: nameWords(country.name) };
        byCountry.set(iso2, e);
        entities.push(e);
      }
      e.drafts.push(d);
      continue;
    }
    if (d.kb) {
      const key = `${d.type}\u0000${d.kb.kbId ?? d.kb.name}`;
      let e = byKb.get(key);
      if (!e) {
        e = { type: d.type, name: d.kb.name, kbId: d.kb.kbId, drafts: [], words: nameWords(d.kb.name) };
        byKb.set(key, e);
        entities.push(e);
      }
      e.drafts.push(d);
      continue;
    }
    // Other names: the same folded name, or a spelling variant of every word ("Kyiv"/"Kiev" stay apart:
    // their codes differ), joins the entity. Candidates share the phonetic key of the entity id.
    const folded = groupKey(view, d);
    const exact = byName.get(`${d.type}\u0000${folded}`);
    if (exact) {
      exact.drafts.push(d);
      continue;
    }
    const words = nameWords(folded);
    const phonetic = entityId(d.type, folded, null);
    const similar = (byPhonetic.get(phonetic) ?? []).find((e) => e.words.length === words.length && e.words.every((w, i) => sameNameWord(w, words[i])));
    if (similar) {
      similar.drafts.push(d);
      byName.set(`${d.type}\u0000${folded}`, similar);
      continue;
    }
    const e: EntityDraft = { type: d.type, name: view.span(d.tokenStart, d.tokenEnd), kbId: null, drafts: [d], words };
    entities.push(e);
    byName.set(`${d.type}\u0000${folded}`, e);
    const list = byPhonetic.get(phonetic);
    if (list) list.push(e);
    else byPhonetic.set(phonetic, [e]);
  }

  // Entities in order of first mention, ids from type and name or kb id; a second entity of the article
  // with the same id (a phonetic collision) gets a suffix.
  for (const e of entities) e.drafts.sort((a, b) => a.start - b.start);
  const ordered = entities.filter((e) => e.drafts.length > 0).sort((a, b) => a.drafts[0].start - b.drafts[0].start);
  const used = new Set<string>();
  const out: Entity[] = [];
  const mentions: { d: Draft; entityId: string }[] = [];
  for (const e of ordered) {
    let id = entityId(e.type, e.name, e.kbId);
    for (let n = 2; used.has(id); n++) id = `${entityId(e.type, e.name, e.kbId)}~${n}`;
    used.add(id);
    const aliases: string[] = [];
    for (const d of e.drafts) {
      const surface = doc.text.slice(d.start, d.end);
      if (!aliases.includes(surface)) aliases.push(surface);
      mentions.push({ d, entityId: id });
    }
    out.push({ id, type: e.type, name: e.name, kbId: e.kbId, aliases });
  }
  mentions.sort((a, b) => a.d.start - b.d.start || b.d.end - a.d.end);
  doc.mentions = mentions.map(({ d, entityId: eid }, i): Mention => {
    // Every field present, unset ones undefined: one hidden class for all mentions, which every later stage reads.
    return {
      id: `m${i + 1}`,
      start: d.start,
      end: d.end,
      entityId: eid,
      type: d.source === 'demonym' ? 'NORP' : (d.mentionType ?? d.type),
      sentence: d.sentence,
      role: d.role ? d.role.text : undefined,
      metonymy: d.metonymy ? true : undefined,
      source: d.source,
    };
  });
  doc.entities = out;
}

