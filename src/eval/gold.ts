import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { NewsfactsError } from '../errors.js';

/**
 * The gold file of a fixture article: what a careful reader finds in it. One file per article
 * (`<name>.gold.json` beside `<name>.txt` or `<name>.html`), or one per JSONL batch keyed by doc id
 * (`{"docs": {"<id>": {...}}}`). Every item a reader could argue either way carries `optional: true`:
 * finding it is not rewarded, missing it is not punished.
 */

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'PLACE', 'EVENT'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type GoldEntityType = z.infer<typeof EntityType>;

/** Figure kinds of the figures issue; DATE figures are gold `dates`, not `figures`. */
export const FIGURE_KINDS = ['PERCENT', 'MONEY', 'QUANTITY', 'COUNT', 'DURATION', 'ORDINAL'] as const;

/**
 * Predicates the gold may use: the facts issue's vocabulary, plus the event verbs these fixtures need
 * (`acquired` for takeovers, `sentenced` for court rulings, `defeated` for elections and matches).
 * Keep in step with the facts vocabulary: a gold predicate the pipeline can never emit is a permanent miss.
 */
export const PREDICATES = [
  'position_held', 'member_of', 'works_for', 'relative_of', 'met', 'traveled_to', 'said', 'located_in', 'trade_partner',
  'share_of', 'has_quantity', 'negotiated_with', 'signed', 'attacked', 'accused', 'elected', 'appointed', 'died', 'killed_in',
  'acquired', 'sentenced', 'defeated',
] as const;
export const Predicate = z.enum(PREDICATES);

/** Predicates whose subject and object may be swapped: "A met B" is "B met A". */
export const SYMMETRIC_PREDICATES: ReadonlySet<string> = new Set(['met', 'negotiated_with']);

const Text = z.string().trim().min(1);
const ISO_DATE = String.raw`\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?)?)?`;
/** A clock time the text gives no day for: T15:42, T22:00-04:00. */
const ISO_TIME = String.raw`T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?`;
/** ISO 8601 at the granularity the text gives: 2019, 2019-04, 2019-04-24, 2019-W17, 2019-04-24T16:28, a time alone T16:28, or an interval 1991/2020. */
const IsoDate = z.string().regex(new RegExp(`^(?:${ISO_DATE}(?:/${ISO_DATE})?|${ISO_TIME})$`), 'an ISO 8601 date: 2019, 2019-04, 2019-04-24, 2019-W17, 2019-04-24T16:28, a time alone T16:28 or an interval 1991/2020');
/** One accepted form, or several ("Defence Minister" or "Minister of Defence"). */
const OneOrMore = z.union([Text, z.array(Text).min(1)]);

export const GoldMetadata = z
  .object({
    /** `null`: the page has none, so finding one is wrong; left out: not scored. */
    title: Text.nullable().optional(),
    /** Compared at the gold's precision: gold 2019-04-25 accepts 2019-04-25T16:28. */
    published: IsoDate.nullable().optional(),
    author: Text.nullable().optional(),
    dateline: z.object({ place: Text, agency: Text.nullable().optional() }).strict().nullable().optional(),
  })
  .strict();

export const GoldEntity = z
  .object({
    type: EntityType,
    /** The canonical name, as the article spells it in full. */
    name: Text,
    /** Other names of the same entity in this article ("Putin", "US"). Each occurrence is a gold mention. */
    aliases: z.array(Text).default([]),
    /**
     * Descriptions and demonyms that point at the entity ("the North Korean leader", "Russian"): a mention on
     * one is optional (neither required nor wrong), and they count as names when entities are matched.
     */
    descriptions: z.array(Text).default([]),
    /** Wikidata id, only where it is certain (countries, well-known bodies). */
    kbId: z.string().regex(/^Q[1-9]\d*$/, 'a Wikidata id such as Q159').optional(),
    /** Other types a reader could defend ("Aalborg" the club as ORGANIZATION or, loosely, PLACE). */
    altTypes: z.array(EntityType).optional(),
    optional: z.boolean().default(false),
    note: z.string().optional(),
  })
  .strict();

export const GoldFigure = z
  .object({
    kind: z.enum(FIGURE_KINDS),
    value: z.number().finite(),
    /** `%`; an ISO 4217 code; a unit symbol; the counted noun's lemma; year/month/day...; absent for ORDINAL. */
    unit: OneOrMore.nullable().optional(),
    /** The figure as the article writes it; it must occur in the text. */
    text: Text,
    qualifier: z.enum(['about', 'more_than', 'less_than', 'at_least', 'at_most', 'up_to']).optional(),
    /** The canonical name of the entity the figure describes, where the sentence says so. */
    of: Text.optional(),
    optional: z.boolean().default(false),
    note: z.string().optional(),
  })
  .strict();

export const GoldDate = z
  .object({
    value: IsoDate,
    text: Text,
    optional: z.boolean().default(false),
    note: z.string().optional(),
  })
  .strict();

export const GoldFact = z
  .object({
    /** Canonical names of gold entities of the same article. */
    subject: Text,
    predicate: Predicate,
    object: Text.optional(),
    /** A post, a relation, a quotation excerpt (at least 20 characters: the pipeline's quotation must contain it), or a number. */
    value: z.union([z.number().finite(), OneOrMore]).optional(),
    unit: Text.optional(),
    time: IsoDate.optional(),
    polarity: z.enum(['asserted', 'negated']).default('asserted'),
    /** Only checked when given. */
    modality: z.enum(['asserted', 'reported', 'hoped', 'planned', 'possible']).optional(),
    /** The sentence (or a part of it) that states the fact; it must occur in the text. Shown when the fact is missed. */
    evidence: Text,
    optional: z.boolean().default(false),
    note: z.string().optional(),
  })
  .strict();

export const GoldDoc = z
  .object({
    $schema: z.string().optional(),
    note: z.string().optional(),
    metadata: GoldMetadata.default({}),
    /**
     * Where the article body runs in the text: from the first occurrence of `first` to the end of the first
     * occurrence of `last` after it. Mentions are expected there and in the headline; outside, every mention is
     * wrong. Left out: the whole text.
     */
    body: z.object({ first: Text, last: Text }).strict().optional(),
    /** Passages (captions, photo credits) where mentions are neither required nor wrong. */
    ignore: z.array(Text).default([]),
    entities: z.array(GoldEntity).default([]),
    figures: z.array(GoldFigure).default([]),
    dates: z.array(GoldDate).default([]),
    facts: z.array(GoldFact).default([]),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const names = new Map<string, number>();
    doc.entities.forEach((e, i) => {
      if (names.has(e.name)) ctx.addIssue({ code: 'custom', path: ['entities', i, 'name'], message: `"${e.name}" is already the name of entities[${names.get(e.name)}]` });
      else names.set(e.name, i);
    });
    const needEntity = (name: string | undefined, path: (string | number)[]) => {
      if (name !== undefined && !names.has(name)) {
        ctx.addIssue({ code: 'custom', path, message: `"${name}" is not the canonical name of any entity of this gold document` });
      }
    };
    doc.figures.forEach((f, i) => needEntity(f.of, ['figures', i, 'of']));
    doc.facts.forEach((f, i) => {
      needEntity(f.subject, ['facts', i, 'subject']);
      needEntity(f.object, ['facts', i, 'object']);
      if (typeof f.value === 'string' && f.predicate === 'said' && f.value.length < 20) {
        ctx.addIssue({ code: 'custom', path: ['facts', i, 'value'], message: 'a quotation excerpt needs at least 20 characters to be matched by containment' });
      }
    });
    const seen = new Map<string, number>();
    doc.figures.forEach((f, i) => {
      const key = `${f.kind} ${f.value} ${JSON.stringify(f.unit ?? null)}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['figures', i], message: `repeats figures[${seen.get(key)}]: each distinct figure is listed once` });
      else seen.set(key, i);
    });
    const dates = new Map<string, number>();
    doc.dates.forEach((d, i) => {
      if (dates.has(d.value)) ctx.addIssue({ code: 'custom', path: ['dates', i], message: `repeats dates[${dates.get(d.value)}]: each distinct date is listed once` });
      else dates.set(d.value, i);
    });
  });
export type GoldDoc = z.infer<typeof GoldDoc>;
export type GoldEntity = z.infer<typeof GoldEntity>;
export type GoldFigure = z.infer<typeof GoldFigure>;
export type GoldDate = z.infer<typeof GoldDate>;
export type GoldFact = z.infer<typeof GoldFact>;
export type GoldMetadata = z.infer<typeof GoldMetadata>;

/** A JSONL batch has one gold file holding every document of the batch by its id. */
export const GoldBatch = z.object({ $schema: z.string().optional(), note: z.string().optional(), docs: z.record(z.string().min(1), GoldDoc) }).strict();
export type GoldBatch = z.infer<typeof GoldBatch>;

export type GoldFile = { kind: 'doc'; doc: GoldDoc } | { kind: 'batch'; docs: Map<string, GoldDoc> };

function issuesText(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`).join('; ');
}

/** Checks the shape of a parsed gold file; every problem names the file and the path inside it. */
export function parseGold(json: unknown, file: string): GoldFile {
  if (json && typeof json === 'object' && 'docs' in json) {
    const parsed = GoldBatch.safeParse(json);
    if (!parsed.success) throw new NewsfactsError('eval/bad-gold', `${file}: ${issuesText(parsed.error)}`);
    return { kind: 'batch', docs: new Map(Object.entries(parsed.data.docs)) };
  }
  const parsed = GoldDoc.safeParse(json);
  if (!parsed.success) throw new NewsfactsError('eval/bad-gold', `${file}: ${issuesText(parsed.error)}`);
  return { kind: 'doc', doc: parsed.data };
}

export function readGoldFile(file: string): GoldFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new NewsfactsError('eval/bad-gold', `${file}: not readable JSON: ${(err as Error).message}`);
  }
  return parseGold(json, file);
}

/**
 * What the schema cannot see: every string the gold quotes from the article must be in the article's
 * text, so that a typo in the gold shows up as a gold error rather than as a miss of the pipeline.
 */
export function goldTextProblems(gold: GoldDoc, text: string): string[] {
  const problems: string[] = [];
  const need = (s: string, where: string) => {
    if (!text.includes(s)) problems.push(`${where}: "${s.length > 60 ? `${s.slice(0, 57)}...` : s}" is not in the article text`);
  };
  gold.entities.forEach((e, i) => {
    if (![e.name, ...e.aliases, ...e.descriptions].some((n) => text.includes(n) || text.includes(n.toUpperCase()))) {
      problems.push(`entities[${i}]: neither the name "${e.name}" nor any alias or description occurs in the article text`);
    }
  });
  gold.figures.forEach((f, i) => need(f.text, `figures[${i}].text`));
  gold.dates.forEach((d, i) => need(d.text, `dates[${i}].text`));
  gold.facts.forEach((f, i) => need(f.evidence, `facts[${i}].evidence`));
  gold.ignore.forEach((s, i) => need(s, `ignore[${i}]`));
  if (gold.body) {
    const from = text.indexOf(gold.body.first);
    if (from === -1) need(gold.body.first, 'body.first');
    else if (text.indexOf(gold.body.last, from) === -1) problems.push(`body.last: "${gold.body.last}" does not occur after body.first`);
  }
  return problems;
}
