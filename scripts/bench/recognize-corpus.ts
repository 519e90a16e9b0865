/**
 * Pass rates of the recognizers on third-party test corpora in ../shared/corpus: citation cases
 * (unitedstates/citation, eyecite, reporters-db, CiteURL) and number specs (Microsoft
 * Recognizers-Text, English Number, Percent and Currency). Shared by the corpus unit tests and
 * `npm run bench:recognize`. Each case is classed in or out of scope by the annotation guide and
 * every failure carries a reason class.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { recognize } from '../../src/core/recognize';
import type { KnowledgeLookup, Mention, StatisticMention, StatuteMention } from '../../src/core/types';

export interface CaseResult {
  readonly corpus: string;
  readonly name: string;
  readonly text: string;
  readonly pass: boolean;
  /** Why it failed, when it did. */
  readonly reason: string | null;
  /** The class of failure it belongs to, with why it is left, when it failed and one applies. */
  readonly failureClass?: string;
}

export interface CorpusReport {
  readonly name: string;
  readonly results: readonly CaseResult[];
  /** Cases left out as outside what a news reader meets or what the guide counts, by reason. */
  readonly excluded: Readonly<Record<string, number>>;
}

export const EMPTY_LOOKUP: KnowledgeLookup = {
  peopleByAlias: () => [],
  uscSection: () => null,
  statuteByName: () => null,
  statuteNames: () => [],
  actSectionToUsc: () => null,
  seriesByTerm: () => [],
  seriesTerms: () => [],
};

export function sharedCorpusDir(repoRoot: string): string | null {
  const dir = path.resolve(repoRoot, '..', 'shared', 'corpus');
  return existsSync(dir) ? dir : null;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

const statutes = (ms: readonly Mention[]): StatuteMention[] => ms.filter((m): m is StatuteMention => m.kind === 'statute');
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const contains = (a: string, b: string): boolean => collapse(a).includes(collapse(b)) || collapse(b).includes(collapse(a));

/** The parts a citation names, order-free: "Section 4402 of Public Law 107-171" ~ "Pub. L. 107-171, § 4402". */
function citationParts(citation: string): string {
  const parts = citation.replace(/[\u2013]/g, '-').match(/\d+[A-Za-z]*|\([A-Za-z0-9]+\)|\b(?:note|seq|App)\b/g) ?? [];
  return [...parts].sort().join(' ');
}

interface ExpectedCite {
  readonly match?: string;
  readonly citation?: string;
}

function checkCites(text: string, expected: readonly ExpectedCite[], lookup: KnowledgeLookup): string | null {
  const found = statutes(recognize(text, lookup));
  if (expected.length === 0) return found.length === 0 ? null : `false cite: ${found.map((m) => m.text).join(' | ')}`;
  if (found.length === 0) return 'not found';
  const byMatch = new Map<string, string[]>();
  for (const e of expected) {
    if (!e.match) continue;
    const list = byMatch.get(e.match) ?? [];
    if (e.citation) list.push(e.citation);
    byMatch.set(e.match, list);
  }
  for (const [match, citations] of byMatch) {
    const covering = found.filter((m) => contains(m.text, match));
    if (covering.length === 0) return `span: expected "${match}", got ${found.map((m) => `"${m.text}"`).join(', ')}`;
    if (citations.length > 0 && !citations.some((c) => covering.some((m) => citationParts(m.citation) === citationParts(c)))) {
      return `citation: expected ${citations[0]}, got ${covering.map((m) => m.citation).join(', ')}`;
    }
  }
  return null;
}

interface UsCase {
  readonly type: string;
  readonly test_name: string;
  readonly text: string;
  readonly options: Record<string, unknown> | null;
  readonly expected_count: number;
  readonly expected: readonly ExpectedCite[];
}

const FEDERAL_TYPES = new Set(['usc', 'cfr', 'law', 'stat', 'usconst']);

export function citationCorpus(corpusDir: string, lookup: KnowledgeLookup): CorpusReport[] {
  const dir = path.join(corpusDir, 'citations');
  const reports: CorpusReport[] = [];
  {
    const cases = readJson(path.join(dir, 'unitedstates-citation-cases.json')) as UsCase[];
    const results: CaseResult[] = [];
    const excluded: Record<string, number> = {};
    const seen = new Set<string>();
    for (const c of cases) {
      if (!FEDERAL_TYPES.has(c.type)) {
        excluded[`type ${c.type} (not a federal statute cite)`] = (excluded[`type ${c.type} (not a federal statute cite)`] ?? 0) + 1;
        continue;
      }
      if (c.options?.parents === true || c.options?.replace !== undefined) {
        excluded['library options (parent cites, replace callbacks)'] = (excluded['library options (parent cites, replace callbacks)'] ?? 0) + 1;
        continue;
      }
      if (seen.has(c.text)) {
        excluded['same text as an earlier case'] = (excluded['same text as an earlier case'] ?? 0) + 1;
        continue;
      }
      seen.add(c.text);
      const reason = checkCites(c.text, c.expected_count === 0 ? [] : c.expected, lookup);
      results.push({ corpus: 'unitedstates', name: `${c.type}: ${c.test_name}`, text: c.text, pass: reason === null, reason });
    }
    reports.push({ name: 'unitedstates/citation (usc, cfr, law, stat, usconst)', results, excluded });
  }
  {
    const cases = readJson(path.join(dir, 'eyecite-law-cases.json')) as Array<{ type: string; text: string; expected: Array<{ source_text: string }> }>;
    const results: CaseResult[] = [];
    // The annotation guide counts a state's code section as a statute, so both kinds are positives.
    for (const c of cases) {
      const reason = checkCites(c.text, c.expected.map((e) => ({ match: e.source_text })), lookup);
      results.push({ corpus: 'eyecite', name: c.type, text: c.text, pass: reason === null, reason });
    }
    reports.push({ name: 'eyecite (federal and state statutes)', results, excluded: {} });
  }
  {
    const cases = readJson(path.join(dir, 'citeurl-template-cases.json')) as Array<{ template: string; scope: string; text: string }>;
    const results: CaseResult[] = [];
    const excluded: Record<string, number> = {};
    const outOfScope = /^(Federal Register|Federal Rules|National Labor Relations Board)/;
    // A state's statutes are statutes (the annotation guide); its constitution, agency rules and the
    // Uniform Commercial Code (a model law, not one state's) are not.
    const notStateStatute = /Constitution|Administrative|Regulations|Uniform Commercial/;
    for (const c of cases) {
      if (c.scope !== 'federal') {
        const statute = !notStateStatute.test(c.template);
        const reason = checkCites(c.text, statute ? [{ match: c.text }] : [], lookup);
        results.push({ corpus: 'citeurl', name: `state ${statute ? 'statute' : 'negative'}: ${c.template}`, text: c.text, pass: reason === null, reason });
        continue;
      }
      if (outOfScope.test(c.template)) {
        const key = `${c.template.split(' ').slice(0, 3).join(' ')} (not a statute: rules, register, decisions)`;
        excluded[key] = (excluded[key] ?? 0) + 1;
        continue;
      }
      const reason = checkCites(c.text, [{ match: c.text.replace(/^The /, '') }], lookup);
      results.push({ corpus: 'citeurl', name: c.template, text: c.text, pass: reason === null, reason });
    }
    reports.push({ name: 'citeurl (federal and state statutes; state constitutions and rules negative)', results, excluded });
  }
  {
    const entries = readJson(path.join(dir, 'reporters-db-law-examples.json')) as Array<{ reporter: string; jurisdiction?: string; examples?: string[] }>;
    const results: CaseResult[] = [];
    const excluded: Record<string, number> = {};
    const statuteReporters = new Set(['U.S.C.', 'C.F.R.', 'Pub. L.', 'Pvt. L.', 'Stat.', 'Treas. Reg.']);
    for (const e of entries) {
      if (e.jurisdiction !== 'United States') continue;
      for (const example of e.examples ?? []) {
        if (!statuteReporters.has(e.reporter)) {
          const key = `${e.reporter} (not a statute)`;
          excluded[key] = (excluded[key] ?? 0) + 1;
          continue;
        }
        const reason = checkCites(example, [{ match: example }], lookup);
        results.push({ corpus: 'reporters-db', name: e.reporter, text: example, pass: reason === null, reason });
      }
    }
    reports.push({ name: 'reporters-db (federal statute examples)', results, excluded });
  }
  return reports;
}

interface RtResult {
  readonly Text: string;
  readonly TypeName: string;
  readonly Resolution: { readonly value: string | null } | null;
  readonly Start: number;
  readonly End: number;
}
interface RtCase {
  readonly Input: string;
  readonly NotSupportedByDesign?: string;
  readonly Results: readonly RtResult[];
}

/** What the guide leaves out, as a reason, or null when the expected number is a statistic. */
function guideExclusion(r: RtResult, input: string): string | null {
  if (r.TypeName === 'number') {
    const text = r.Text;
    if (!/\d/.test(text)) {
      const v = Number(r.Resolution?.value ?? NaN);
      if (!(v >= 1000)) return 'small spelled-out count or fraction (guide: narrative counts)';
    }
    if (/^\d{4}$/.test(text) && Number(text) >= 1500 && Number(text) <= 2100) return 'year';
    if (/\b(st|nd|rd|th)\b/i.test(input.slice(r.End + 1, r.End + 4))) return 'ordinal';
  }
  if (r.Resolution === null || r.Resolution.value === null || /^(%|percent|percentage|per cent)s?$/i.test(r.Text.trim())) {
    return 'unit without a number';
  }
  if (/\^|\d\s*e[+-]?\d|\bover\b|\d \d{3}\b|\d\.\d{3},\d|^\d+,\d{1,2}$|x10/i.test(r.Text)) {
    return 'mathematical or non-U.S. notation (exponents, "over" fractions, space-grouped or comma-decimal digits)';
  }
  if (/\d+\.\d+\.\d+\.\d+|\d+\/\d+\/\d+|phone|nrs\.|[A-Z]{2,}-\d/.test(input)) return 'label, date, phone or address digits (guide: not statistics)';
  return null;
}

function expectedValue(r: RtResult): number {
  const raw = r.Resolution?.value ?? '';
  if (raw.endsWith('%')) return Number(raw.slice(0, -1)) / 100;
  // Currency results in cents or pence carry the value in that unit; ours is in dollars or pounds.
  const unit = (r.Resolution as { unit?: string } | null)?.unit ?? '';
  if (/^(cent|penny|pence)$/i.test(unit)) return Number(raw) / 100;
  return Number(raw);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);
}

const MONEY_UNITS = new Set(['usd', 'gbp', 'eur']);
/** Which of our mentions a spec's empty result rules out. */
const NEGATIVE_KINDS: Readonly<Record<string, (m: StatisticMention) => boolean>> = {
  'English Currency': (m) => MONEY_UNITS.has(m.unit) || m.currencyCode !== undefined,
  'English Percent': (m) => m.unit === 'percent',
};

/** Failure classes left on purpose, each with the reason it is not fixed. */
const FAILURE_CLASSES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\s*-\s/, 'minus sign set apart by a space: reads as a dash or list bullet in prose'],
  [/\bfifths\b|hundred-fifths/, 'spelled fraction with a compound numerator or denominator (maths drill, not news)'],
  [/\blakh crore|crore and\b/, 'compound Indian magnitudes ("lakh crore", "crore and two hundred")'],
  [/dollar and (one|two)\b|\$ \d+ and fifty/, 'cents after "and" with no unit: indistinguishable from a following count'],
  [/\bkuai\b|\bmao\b/, 'colloquial Chinese money units (kuai, mao)'],
  [/\d \$|\d \$ \d+ cent/, 'currency sign written after the amount ("30 $"): not English news style'],
  [/[A-Z]{3}\d/, 'code glued to the following amount after another number ("3 USD50 Cards")'],
  [/\bMAUD\b/, 'million-prefixed currency code written before the amount ("MAUD 60")'],
  [/\d+km Road/, 'unit glued to a number inside a road name'],
];

function failureClassOf(input: string, reason: string | null): { failureClass?: string } {
  if (reason === null) return {};
  const hit = FAILURE_CLASSES.find(([pattern]) => pattern.test(input));
  return hit ? { failureClass: hit[1] } : {};
}

export function numberCorpus(corpusDir: string): CorpusReport[] {
  const base = path.join(corpusDir, 'numbers', 'recognizers-text');
  const files: ReadonlyArray<readonly [string, string]> = [
    ['English Number', 'Number/NumberModel.json'],
    ['English Percent', 'Number/PercentModel.json'],
    ['English Currency', 'NumberWithUnit/CurrencyModel.json'],
  ];
  const reports: CorpusReport[] = [];
  for (const [name, file] of files) {
    const cases = readJson(path.join(base, file)) as RtCase[];
    const results: CaseResult[] = [];
    const excluded: Record<string, number> = {};
    const bump = (k: string): void => {
      excluded[k] = (excluded[k] ?? 0) + 1;
    };
    for (const c of cases) {
      if ((c.NotSupportedByDesign ?? '').includes('javascript')) {
        bump('locale-specific by design (Indian digit grouping)');
        continue;
      }
      const mentions = recognize(c.Input, EMPTY_LOOKUP).filter((m): m is StatisticMention => m.kind === 'statistic');
      const kept = c.Results.filter((r) => {
        const why = guideExclusion(r, c.Input);
        if (why) bump(why);
        return why === null;
      });
      if (c.Results.length > 0 && kept.length === 0) continue;
      if (kept.length === 0) {
        // A Currency or Percent spec with no result says there is no amount of money or no
        // percentage; a plain count in it ("ALL 5 solutions") is still a statistic by the guide.
        const wrong = mentions.filter((m) => NEGATIVE_KINDS[name]?.(m) ?? true);
        const reason = wrong.length === 0 ? null : `false statistic: ${wrong.map((m) => m.text).join(' | ')}`;
        results.push({ corpus: name, name: 'negative', text: c.Input, pass: reason === null, reason, ...failureClassOf(c.Input, reason) });
        continue;
      }
      let reason: string | null = null;
      for (const r of kept) {
        const start = r.Start;
        const end = r.End + 1;
        const overlapping = mentions.filter((m) => m.start < end && start < m.end);
        if (overlapping.length === 0) {
          reason = `missed "${r.Text}"`;
          break;
        }
        const want = expectedValue(r);
        const m = overlapping.find((o) => contains(o.text.toLowerCase(), r.Text.toLowerCase()));
        if (!m) {
          reason = `span: expected "${r.Text}", got "${overlapping.map((o) => o.text).join(' | ')}"`;
          break;
        }
        if (!close(m.value, want)) {
          reason = `value: "${r.Text}" expected ${want}, got ${m.value}`;
          break;
        }
      }
      results.push({ corpus: name, name: kept.map((r) => r.Text).join(' | '), text: c.Input, pass: reason === null, reason, ...failureClassOf(c.Input, reason) });
    }
    reports.push({ name: `recognizers-text ${name}`, results, excluded });
  }
  return reports;
}

export function passRate(report: CorpusReport): { passed: number; total: number; rate: number } {
  const total = report.results.length;
  const passed = report.results.filter((r) => r.pass).length;
  return { passed, total, rate: total === 0 ? 1 : passed / total };
}
