import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { normalizeKey } from '../../src/core/text-normalize';
import { knowledgeFileSchema, type KnowledgeFile, type Series, type Source } from '../../src/knowledge/schema';
import { asArray, asRecord, DataDir, optString } from './data-files';
import { DATASET_SOURCES } from './dataset-sources';
import { applyErrata, checkErrataShown, ERRATA, erratumSources, type Erratum } from './errata';
import { mergeKey } from './names';
import { assemblePeople } from './people-assemble';
import { cabinetPeople } from './people-cabinet';
import { congressPeople } from './people-congress';
import { readCuratedPeople } from './people-curated';
import { judgePeople } from './people-judges';
import { openStatesPeople } from './people-openstates';
import { plumPeople, readPlumRules } from './people-plum';
import { worldLeaderPeople } from './people-world-leaders';
import { dhsSeries, nationalSeries } from './series-data';
import { compareStrings, linedStringify, uniqueSorted } from './stable-json';
import { readActs, readConstitution, readSources, readStatutes } from './statutes-curated';
import { crosswalks, uscTitles } from './statutes-usc';
import { itemAt } from '../../src/core/item-at';

export interface GenerateOptions {
  /** ../shared/data */
  dataDir: string;
  /** src/knowledge/curated */
  curatedDir: string;
  /** Corrections of source errors; the list in errata.ts unless a test gives its own. */
  errata?: readonly Erratum[];
}

export interface GenerateResult {
  file: KnowledgeFile;
  json: string;
  warnings: string[];
  /** Lines of the counts and alias report. */
  report: string[];
}

function curated(dir: string, name: string): unknown {
  return parseYaml(readFileSync(join(dir, name), 'utf8')) as unknown;
}

function readCuratedSeries(raw: unknown): Series[] {
  const root = asRecord(raw, 'series.yaml');
  return asArray(root.series, 'series').map((entry) => {
    const r = asRecord(entry, 'series');
    const values = asRecord(r.values, 'values');
    const clean: Record<string, number> = {};
    for (const k of Object.keys(values).sort(compareStrings)) clean[k] = Number(values[k]);
    return {
      id: optString(r.id) ?? '',
      name: optString(r.name) ?? '',
      unit: (optString(r.unit) ?? 'count') as Series['unit'],
      unitLabel: optString(r.unitLabel) ?? '',
      periodLabel: optString(r.periodLabel) ?? '',
      terms: uniqueSorted(asArray(r.terms, 'terms').map((t) => normalizeKey(String(t)))),
      values: clean,
      recordPeriod: optString(r.recordPeriod),
      note: optString(r.note),
      sources: asArray(r.sources, 'sources').map(String),
    };
  });
}

function constitutionSources(): Record<string, Source> {
  const out: Record<string, Source> = {};
  const add = (kind: 'article' | 'amendment', n: number): void => {
    out[`conan:${kind}-${n}`] = {
      publisher: 'Library of Congress, Constitution Annotated',
      url: `https://constitution.congress.gov/constitution/${kind}-${n}/`,
      asOf: '2025-01',
    };
  };
  for (let n = 1; n <= 7; n += 1) add('article', n);
  for (let n = 1; n <= 27; n += 1) add('amendment', n);
  return out;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return new Map([...m.entries()].sort(([a], [b]) => compareStrings(a, b)));
}

/** Builds the whole knowledge file from the datasets and our curated sources. Pure: same input, same output. */
export function generateKnowledge(options: GenerateOptions): GenerateResult {
  const data = new DataDir(options.dataDir);
  const warnings: string[] = [];
  const warn = (line: string): void => {
    warnings.push(line);
  };

  const sources: Record<string, Source> = { ...DATASET_SOURCES, ...constitutionSources() };
  for (const file of ['sources.yaml']) Object.assign(sources, readSources(asRecord(curated(options.curatedDir, file), file).sources));

  const curatedPeople = readCuratedPeople(curated(options.curatedDir, 'people.yaml'));
  for (const s of curatedPeople.sources) sources[s.id] = s.source;
  const asOf = Object.values(sources)
    .map((s) => s.asOf)
    .sort(compareStrings)
    .at(-1);
  if (asOf === undefined) throw new Error('knowledge: no source gives an as-of date');
  const congress = congressPeople(data);
  const usLeaders = new Set(congress.filter((d) => d.roles.some((r) => r.office === 'president' || r.office === 'vice-president')).map((d) => mergeKey(d.firstName, d.surname ?? '')));
  const fromSources = [
    ...congress,
    ...judgePeople(data),
    ...cabinetPeople(data),
    ...openStatesPeople(data),
    ...plumPeople(data, readPlumRules(curated(options.curatedDir, 'plum-positions.yaml'))),
    ...worldLeaderPeople(data, usLeaders, asOf),
    ...curatedPeople.people,
  ];
  // Source errors no rule can tell are corrected on the records themselves, before merging, so
  // that summaries, context words and aliases are built from the right facts.
  const errata = options.errata ?? ERRATA;
  const drafts = applyErrata(fromSources, errata);
  const draftCounts = countBy(drafts, (d) => ((d.sources[0] ?? '?').startsWith('cur:') ? 'curated (src/knowledge/curated/people.yaml)' : (d.sources[0] ?? '?')));
  const assembled = assemblePeople(drafts, {
    extraNames: curatedPeople.extraNames,
    renames: curatedPeople.renames,
    sourceAsOf: (id) => {
      const source = sources[id];
      if (source === undefined) throw new Error(`knowledge: a role cites unknown source "${id}"`);
      return source.asOf;
    },
  });

  checkErrataShown(assembled.people, errata);

  const usc = uscTitles(data);
  const walks = crosswalks(data);
  const acts = readActs(curated(options.curatedDir, 'acts.yaml'), walks, usc, warn);
  const statutes = readStatutes(curated(options.curatedDir, 'statutes.yaml'), warn, usc);
  const constitution = readConstitution(curated(options.curatedDir, 'constitution.yaml'));
  const series = [...dhsSeries(data), ...nationalSeries(data), ...readCuratedSeries(curated(options.curatedDir, 'series.yaml'))].sort((a, b) =>
    compareStrings(a.id, b.id),
  );

  // Added after the file's as-of date is taken: the day an erratum was checked is no snapshot of the data.
  Object.assign(sources, erratumSources(errata));
  const file: KnowledgeFile = {
    version: 1,
    asOf,
    sources,
    people: assembled.people,
    usc,
    uscSource: 'uscode-headings',
    statutes,
    acts,
    constitution,
    series,
    ambiguousAliases: assembled.ambiguous,
  };
  const parsed = knowledgeFileSchema.safeParse(file);
  if (!parsed.success) throw new Error(`knowledge: generated file fails the schema: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  checkReferences(file, warn);

  const sectionCount = Object.values(usc).reduce((n, t) => n + Object.keys(t.sections).length, 0);
  const report: string[] = [];
  report.push('people by source record (before merging):');
  for (const [src, n] of draftCounts) report.push(`  ${src}: ${n}`);
  report.push(`people: ${assembled.people.length} (${assembled.mergedCount} records merged into others), current office holders: ${assembled.people.filter((p) => p.prominent).length}`);
  const byOffice = countBy(assembled.people, (p) => {
    const top = itemAt(p.roles, 0);
    return `${top.office}${top.current ? '' : top.lastKnown ? ' (last known)' : ' (former)'}`;
  });
  report.push(`people by top role: ${[...byOffice.entries()].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  report.push(`U.S. Code: ${Object.keys(usc).length} titles, ${sectionCount} section headings (uscode-headings)`);
  report.push(`acts: ${acts.length} (${acts.filter((a) => a.crosswalk).length} with crosswalks, ${walks.reduce((n, w) => n + Object.keys(w.map).length, 0)} act-section mappings)`);
  report.push(`curated statutes: ${statutes.length} (${statutes.filter((s) => s.penalties.length > 0).length} with penalties)`);
  report.push(`constitution: ${constitution.filter((c) => c.kind === 'article').length} articles, ${constitution.filter((c) => c.kind === 'amendment').length} amendments`);
  report.push(`series: ${series.length} (${[...countBy(series, (s) => s.sources[0] ?? '?').entries()].map(([k, v]) => `${k} ${v}`).join(', ')})`);
  report.push(`sources: ${Object.keys(sources).length}`);
  report.push(`ERRATA: ${errata.length} source errors corrected (scripts/knowledge/errata.ts)`);
  for (const e of errata) report.push(`  ${e.person} ${e.field}: "${e.sourceSays}" in ${e.source} → "${e.corrected}" (${e.citation.url}, checked ${e.citation.checked})`);
  const merges = assembled.mergeDecisions.filter((d) => d.merged);
  report.push(`MERGE REPORT: ${merges.length} same-name records from two sources merged, ${assembled.mergeDecisions.length - merges.length} kept apart`);
  for (const d of assembled.mergeDecisions) report.push(`  ${d.merged ? 'merged' : 'apart '} ${d.ids[0]} "${d.names[0]}" + ${d.ids[1]} "${d.names[1]}": ${d.why}`);
  const shared = [...assembled.shared.entries()];
  const never = shared.filter(([k]) => assembled.ambiguous[k]?.resolution === 'never-alone');
  report.push(`ALIAS REPORT: ${shared.length} aliases shared by several people; ${never.length} never linked alone, ${shared.length - never.length} need context`);
  const byCount = [...shared].sort((a, b) => b[1].length - a[1].length || compareStrings(a[0], b[0]));
  for (const [key, ids] of byCount.slice(0, 25)) {
    report.push(`  "${key}" ×${ids.length}: ${assembled.ambiguous[key]?.resolution ?? '?'}`);
  }
  const prominentShared = byCount.filter(([, ids]) => ids.some((id) => assembled.people.find((p) => p.id === id)?.prominent)).filter(([k]) => k.includes(' '));
  for (const [key, ids] of prominentShared.slice(0, 15)) {
    const names = ids.map((id) => assembled.people.find((p) => p.id === id)?.name ?? id).join(' | ');
    report.push(`  full name "${key}": ${names} → ${assembled.ambiguous[key]?.resolution ?? '?'}`);
  }
  return { file, json: linedStringify(file), warnings, report };
}

function checkReferences(file: KnowledgeFile, warn: (line: string) => void): void {
  const check = (owner: string, ids: string[]): void => {
    for (const id of ids) if (file.sources[id] === undefined) throw new Error(`knowledge: ${owner} cites unknown source "${id}"`);
  };
  for (const p of file.people) {
    check(p.id, p.sources);
    check(p.id, p.roles.map((r) => r.source));
  }
  for (const s of file.statutes) check(s.id, s.sources);
  for (const a of file.acts) check(a.id, a.sources);
  for (const c of file.constitution) check(c.id, c.sources);
  for (const s of file.series) check(s.id, s.sources);
  const known = new Set([...file.acts.map((a) => a.id), ...file.statutes.map((s) => s.id), ...file.constitution.map((c) => c.id)]);
  for (const s of file.statutes) {
    for (const r of s.related) {
      const m = /^usc:(\d+):(.+)$/.exec(r);
      if (!known.has(r) && !(m && file.usc[itemAt(m, 1)]?.sections[itemAt(m, 2)] !== undefined)) warn(`${s.id}: related "${r}" is unknown`);
    }
  }
  const ids = new Set<string>();
  for (const p of file.people) {
    if (ids.has(p.id)) throw new Error(`knowledge: duplicate person id ${p.id}`);
    ids.add(p.id);
  }
}
