/**
 * The shape of `knowledge.json`, the one bundled knowledge file. The generator writes it, the
 * tests validate it with this schema, the index and the cards read it through these types.
 *
 * Conventions the consumers rely on:
 * - Every alias, name key and series term is already `normalizeKey`-normalised.
 * - Every fact points at a `sources` entry by id; each source carries publisher, URL and as-of.
 * - Percent values are stored as fractions (4.0 % → 0.04), money in units (dollars, not
 *   millions), counts as plain numbers: the same scale a StatisticMention's `value` uses.
 * - "Current" is decided against the as-of date of the source that reported the role, never
 *   against the date the generator ran, so the file is reproducible.
 *
 * How a card reads a person (past officeholders included):
 * - `name` is the display name as the press writes it ("Joe Biden", "George W. Bush");
 *   `formalName`, when present, is the fuller or legal form to show under it.
 * - `roles` carry their own `start`/`end` (ISO, may be a year only, or null when the source gives
 *   no dates). The role held on an article's date D is one with start <= D and (end === null ||
 *   end >= D); compare ISO strings after cutting both to the shorter length.
 * - `current` is true only when the source still listed the role at the role's `asOf` date. A
 *   current role says "as of <asOf>"; if `asOf` is more than a year before today, the card says
 *   the data may have changed. A role with `current: false` and `end: null` ended on a date the
 *   source does not give.
 * - `endBy`, on a role with `current: false` and `end: null`, is the latest date it can have ended.
 * - `lastKnown: true` marks a role whose source record ended on `end` with nothing later on file:
 *   a card says the year the record runs to and that no later record exists, never "current" nor "former".
 * - `acting: true` marks acting officials; the label already starts with "Acting".
 * - `termStart: true` says `start` is the start of the current term only (the person held the
 *   office before it, from a date the source does not give).
 * - `endReason` says why a role ended when the source says so (a judge's senior status,
 *   retirement, death...).
 */
import { z } from 'zod';

/** YYYY, YYYY-MM or YYYY-MM-DD. */
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const sourceId = z.string().min(1);
const normalizedKey = z.string().min(1);

export const sourceSchema = z.object({
  publisher: z.string().min(1),
  url: z.url(),
  asOf: isoDate,
  title: z.string().min(1).optional(),
  licence: z.string().min(1).optional(),
  /** Said on cards built from this source when its data may be stale. */
  caveat: z.string().min(1).optional(),
});

export const roleSchema = z.object({
  /** The office in our words, without place: "U.S. senator", "Governor", "Secretary of Homeland Security". */
  title: z.string().min(1),
  /** Where: "Massachusetts", "Germany", "New York City"; null for national offices of the U.S. */
  place: z.string().min(1).nullable(),
  /** The office as one reads it on a card: "U.S. senator from Massachusetts". */
  label: z.string().min(1),
  /** Coarse office kind, used for ranking and context words. */
  office: z.enum([
    'president',
    'vice-president',
    'senator',
    'representative',
    'delegate',
    'justice',
    'congressional-leader',
    'judge',
    'governor',
    'lt-governor',
    'attorney-general',
    'state-official',
    'mayor',
    'cabinet',
    'agency-head',
    'official',
    'head-of-state',
    'head-of-government',
    'other',
  ]),
  /** The holder's party in the role; its last one when `parties` says it changed. */
  party: z.string().min(1).nullable(),
  /**
   * Present when the holder changed party during the role (the terms of one seat join into one
   * role): each party with the day the holder began to sit with it, oldest first. A card shows
   * the one in effect on the article's date.
   */
  parties: z.array(z.object({ party: z.string().min(1), start: isoDate })).min(2).optional(),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  /** True only when the source still listed the role as held at `asOf`. */
  current: z.boolean(),
  /**
   * Present and true when the source's last record of the role ends on `end`, a date already past
   * at its snapshot, and nothing later is on file (no successor, no later office): the holder is
   * neither known to hold it now (`current` is false) nor known to have left (some are re-elected).
   */
  lastKnown: z.literal(true).optional(),
  /** Date the source reported this role as it stands (its snapshot or the record's last update). */
  asOf: isoDate,
  /** Present and true for acting officials (never for confirmed ones). */
  acting: z.boolean().optional(),
  /**
   * Present and true when `start` opens the current term, not the whole time in office (the
   * source gives no earlier date): a card says "current term since", never that service began then.
   */
  termStart: z.boolean().optional(),
  /**
   * Present on a role that ended on a date no source gives (`end` null, `current` false) when it is
   * known to have ended by this date at the latest: a cabinet-level appointee still in office in a
   * snapshot taken before a new president took office had left by that inauguration.
   */
  endBy: isoDate.optional(),
  /** Why the role ended, when the source says. */
  endReason: z
    .enum(['senior-status', 'retired', 'resigned', 'died', 'elevated', 'reassigned', 'removed', 'term-ended', 'other'])
    .optional(),
  /** Judges: the appointing president, e.g. "Barack Obama (Democratic)". */
  appointedBy: z.string().min(1).optional(),
  source: sourceId,
});

export const personSchema = z.object({
  /** Stable id: "bioguide:W000817", "fjc:1393", "os:<uuid>", "plum:<slug>", "cia:gm:hog", "cur:thomas-homan". */
  id: z.string().min(1),
  /** Display name, as the press writes it: "Joe Biden", "John Quincy Adams", "George W. Bush". */
  name: z.string().min(1),
  /** Formal or legal name when it differs from `name`: "Joseph R. Biden Jr.". */
  formalName: z.string().min(1).optional(),
  /** Normalised full-name forms (name, official_full, nickname + last, first + last). */
  aliases: z.array(normalizedKey),
  /** Normalised surname, linked alone only under the rules in `ambiguousAliases`. */
  surname: normalizedKey.nullable(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  bioguide: z.string().min(1).optional(),
  birthYear: z.number().int().nullable(),
  /**
   * The latest party on record, in words ("Democrat", "Republican"): a curated entry's party today,
   * else that of the most relevant role with one. Each role carries its own; a card shows this one
   * only beside a role held today that has none.
   */
  party: z.string().min(1).nullable(),
  /** State (U.S.) or country of the current or last role. */
  state: z.string().min(1).nullable(),
  /** Most relevant first: current roles before former, then by start date, newest first. */
  roles: z.array(roleSchema).min(1),
  /** Lower-case words that support this person near a mention (office, party, state, country). */
  contextWords: z.array(normalizedKey),
  /** Holds a notable office at the as-of date of its source. */
  prominent: z.boolean(),
  /** One line in our words, built from the roles or hand-written for curated people. */
  summary: z.string().min(1),
  sources: z.array(sourceId).min(1),
});

export const uscTitleSchema = z.object({
  /** Title name in title case: "Aliens and Nationality". */
  name: z.string().min(1),
  /** Section number → heading as the Code gives it. */
  sections: z.record(z.string(), z.string()),
});

/** A U.S. Code section with our own plain-language summary and penalties. */
export const statuteSchema = z.object({
  /** "usc:8:1324". */
  id: z.string().regex(/^usc:\d+:[0-9A-Za-z.-]+$/),
  title: z.string().min(1),
  section: z.string().min(1),
  summary: z.string().min(1),
  /** Maximum penalties, in our words; empty when not curated. */
  penalties: z.array(z.string().min(1)),
  /** Popular names as normalised keys ("section 230", "title 42"). */
  popularNames: z.array(normalizedKey),
  /** Display forms of the popular names, same order as `popularNames`. */
  popularNameLabels: z.array(z.string().min(1)),
  /** Ids of related statutes or acts ("act:ina"), e.g. the act section that enacted it. */
  related: z.array(z.string().min(1)),
  sources: z.array(sourceId).min(1),
});

export const actSchema = z.object({
  /** "act:ina". */
  id: z.string().regex(/^act:[a-z0-9-]+$/),
  /** Official or short title: "Patient Protection and Affordable Care Act". */
  name: z.string().min(1),
  /** The name the press uses, when it differs from `name`: "Affordable Care Act". A card's title. */
  displayName: z.string().min(1).optional(),
  /** Short form for citations, e.g. "INA" in "INA § 274". */
  shortName: z.string().min(1).optional(),
  /** Normalised names and popular forms ("ina", "obamacare", "affordable care act"). */
  aliases: z.array(normalizedKey).min(1),
  /** "Pub. L. 111-148". */
  publicLaw: z.string().min(1).nullable(),
  year: z.number().int().nullable(),
  /** Where it mainly sits in the Code. */
  usc: z
    .object({ title: z.string().min(1), section: z.string().min(1).nullable() })
    .nullable(),
  summary: z.string().min(1).nullable(),
  /** Act section (lower-case letters) → U.S. Code section in `crosswalkTitle`. */
  crosswalk: z.record(z.string(), z.string()).optional(),
  crosswalkTitle: z.string().min(1).optional(),
  sources: z.array(sourceId).min(1),
});

export const constitutionProvisionSchema = z.object({
  /** "const:art:2", "const:amend:14". */
  id: z.string().regex(/^const:(art|amend):\d+$/),
  kind: z.enum(['article', 'amendment']),
  number: z.number().int().min(1),
  /** "Article II", "Fourteenth Amendment". */
  name: z.string().min(1),
  /** "U.S. Const. art. II", "U.S. Const. amend. XIV". */
  citation: z.string().min(1),
  aliases: z.array(normalizedKey).min(1),
  summary: z.string().min(1),
  /** Year adopted (amendments: ratified). */
  year: z.number().int().nullable(),
  sources: z.array(sourceId).min(1),
});

export const seriesUnitSchema = z.enum([
  'count',
  'percent',
  'usd',
  'gbp',
  'eur',
  'years',
  'months',
  'days',
  'ratio',
  'other',
]);

export const seriesSchema = z.object({
  /** "dhs:removals", "bls:unemployment-rate", "cur:...". */
  id: z.string().min(1),
  name: z.string().min(1),
  unit: seriesUnitSchema,
  /** Unit as words for the card ("people", "percent", "U.S. dollars"). */
  unitLabel: z.string().min(1),
  /** How periods are labelled: "Fiscal year (Oct–Sep)", "Calendar year". */
  periodLabel: z.string().min(1),
  /** Normalised words that identify what it counts ("deportations", "removals"). */
  terms: z.array(normalizedKey).min(1),
  /** Period label ("FY2012", "2012", "2012Q3") → value in `unit`'s scale. */
  values: z.record(z.string(), z.number()),
  /** Period of the all-time high, when notable. */
  recordPeriod: z.string().min(1).nullable(),
  /** Extra words for the card ("DHS-wide totals, not ICE alone"). */
  note: z.string().min(1).nullable(),
  sources: z.array(sourceId).min(1),
});

export const aliasResolutionSchema = z.object({
  /** How many people share the alias. */
  count: z.number().int().min(2),
  /**
   * "needs-context": link only when context words around the mention pick one candidate.
   * "never-alone": never link this alias by itself (only as part of a longer name).
   */
  resolution: z.enum(['needs-context', 'never-alone']),
});

export const knowledgeFileSchema = z.object({
  version: z.literal(1),
  /** Newest as-of date among the inputs (not the generation time). */
  asOf: isoDate,
  sources: z.record(z.string(), sourceSchema),
  people: z.array(personSchema),
  usc: z.record(z.string(), uscTitleSchema),
  /** Source of the U.S. Code headings. */
  uscSource: sourceId,
  statutes: z.array(statuteSchema),
  acts: z.array(actSchema),
  constitution: z.array(constitutionProvisionSchema),
  series: z.array(seriesSchema),
  /** Person aliases (full names and surnames) shared by several people. */
  ambiguousAliases: z.record(z.string(), aliasResolutionSchema),
});

export type Source = z.infer<typeof sourceSchema>;
export type Role = z.infer<typeof roleSchema>;
export type OfficeKind = Role['office'];
export type RoleEndReason = NonNullable<Role['endReason']>;
export type Person = z.infer<typeof personSchema>;
export type UscTitle = z.infer<typeof uscTitleSchema>;
export type Statute = z.infer<typeof statuteSchema>;
export type Act = z.infer<typeof actSchema>;
export type ConstitutionProvision = z.infer<typeof constitutionProvisionSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type AliasResolution = z.infer<typeof aliasResolutionSchema>;
export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
