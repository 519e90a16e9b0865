/** Card data for one entity of the knowledge file, in the display types of entity-card.ts. */
import type { EntityCard, PersonCard, RelatedStatute, SeriesCard, SourceRef, StatuteCard } from './entity-card';
import type { Mention } from '../core/types';
import { contextSeriesIds } from './context-series';
import { KnowledgeAccessor } from './knowledge-accessor';
import type { Act, KnowledgeFile, Person, Series } from './schema';
import { roleSpan } from './person-timeline';
import { uscCitation, uscTitleCitation } from './usc-citation';
import { itemAt } from '../core/item-at';
import { formatInteger, message, pluralMessage } from '../i18n';

const MAX_OTHER_ROLES = 4;
const accessors = new WeakMap<KnowledgeFile, KnowledgeAccessor>();

function accessorFor(file: KnowledgeFile): KnowledgeAccessor {
  let a = accessors.get(file);
  if (a === undefined) {
    a = new KnowledgeAccessor(file);
    accessors.set(file, a);
  }
  return a;
}

function sourceRefs(file: KnowledgeFile, ids: readonly string[]): SourceRef[] {
  const out: SourceRef[] = [];
  for (const id of [...new Set(ids)]) {
    const s = file.sources[id];
    if (s === undefined) continue;
    out.push({ publisher: s.publisher, url: s.url, asOf: s.asOf, ...(s.title ? { title: s.title } : {}) });
  }
  return out;
}

function personCard(file: KnowledgeFile, p: Person): PersonCard {
  const top = itemAt(p.roles, 0);
  const caveats = [...new Set(p.roles.filter((r) => r === top || r.current).map((r) => file.sources[r.source]?.caveat).filter((c): c is string => c !== undefined))];
  return {
    kind: 'person',
    id: p.id,
    name: p.name,
    formalName: p.formalName ?? null,
    role: top.label,
    roleIsCurrent: top.current,
    party: p.party,
    state: p.state,
    roleDates: roleSpan(top),
    birthYear: p.birthYear,
    summary: p.summary,
    otherRoles: p.roles
      .slice(1)
      .filter((r) => r.label !== top.label || r.start !== top.start)
      .slice(0, MAX_OTHER_ROLES)
      .map((r) => {
        const d = roleSpan(r);
        return `${r.label}${d ? ` (${d})` : ''}`;
      }),
    roles: p.roles.map((r) => ({
      label: r.label,
      start: r.start,
      end: r.end,
      current: r.current,
      acting: r.acting ?? false,
      party: r.party,
      ...(r.parties ? { parties: r.parties } : {}),
      ...(r.termStart ? { termStart: true } : {}),
      ...(r.lastKnown ? { lastKnown: true } : {}),
      ...(r.endBy ? { endBy: r.endBy } : {}),
      asOf: r.asOf,
    })),
    caveat: caveats.length > 0 ? caveats.join(' ') : null,
    sources: sourceRefs(file, [...p.sources, ...p.roles.map((r) => r.source)]),
  };
}

export function uscOfficialUrl(title: string, section: string): string {
  return `https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title${title}-section${section}`;
}

function actCitation(act: Act, section: string): string {
  return `${act.shortName ?? act.name} § ${section}`;
}

function relatedFor(acc: KnowledgeAccessor, ids: readonly string[]): RelatedStatute[] {
  const out: RelatedStatute[] = [];
  for (const id of ids) {
    const act = acc.act(id);
    if (act) {
      out.push({ id, citation: act.publicLaw ?? act.name, label: act.name });
      continue;
    }
    const sec = acc.uscSection(id);
    if (sec) out.push({ id, citation: uscCitation(sec.title, sec.section), label: sec.heading });
  }
  return out;
}

function uscCard(file: KnowledgeFile, acc: KnowledgeAccessor, id: string): StatuteCard | null {
  const sec = acc.uscSection(id);
  if (sec === null) return null;
  const curated = acc.statute(id);
  const crosswalked = acc.actSectionsFor(sec.title, sec.section).map(
    ([act, actSection]): RelatedStatute => ({ id: act.id, citation: actCitation(act, actSection), label: `${act.name} § ${actSection}` }),
  );
  const listed = relatedFor(acc, curated?.related ?? []).filter((r) => !crosswalked.some((c) => c.id === r.id));
  return {
    kind: 'statute',
    id,
    citation: uscCitation(sec.title, sec.section),
    title: `Title ${sec.title} — ${sec.titleName}`,
    heading: sec.heading,
    summary: curated?.summary ?? null,
    penalties: curated?.penalties ?? [],
    popularNames: curated?.popularNameLabels ?? [],
    related: [...crosswalked, ...listed],
    officialUrl: uscOfficialUrl(sec.title, sec.section),
    sources: sourceRefs(file, [file.uscSource, ...(curated?.sources ?? [])]),
  };
}

/** A whole title, for cites such as "Title 8 of the U.S. Code". */
function uscTitleCard(file: KnowledgeFile, id: string): StatuteCard | null {
  const number = /^usc:([^:]+)$/.exec(id)?.[1];
  const title = number === undefined ? undefined : file.usc[number];
  if (number === undefined || title === undefined) return null;
  const sections = Object.keys(title.sections).length;
  return {
    kind: 'statute',
    id,
    citation: uscTitleCitation(number),
    title: message('cardUscTitleName', number, title.name),
    heading: null,
    summary: pluralMessage('cardUscTitleSummary', sections, [number, title.name.toLowerCase(), formatInteger(sections)]),
    penalties: [],
    popularNames: [],
    related: [],
    officialUrl: `https://uscode.house.gov/browse/prelim@title${number}`,
    sources: sourceRefs(file, [file.uscSource]),
  };
}

function publicLawUrl(publicLaw: string): string | null {
  const m = /(\d+)-(\d+)/.exec(publicLaw);
  return m ? `https://www.govinfo.gov/link/plaw/${m[1]}/public/${m[2]}` : null;
}

function actCard(file: KnowledgeFile, acc: KnowledgeAccessor, act: Act): StatuteCard {
  const loc = act.usc;
  const related: RelatedStatute[] = [];
  if (loc?.section) {
    const sec = acc.uscSection(`usc:${loc.title}:${loc.section}`);
    if (sec) related.push({ id: `usc:${loc.title}:${loc.section}`, citation: uscCitation(loc.title, loc.section), label: sec.heading });
  }
  const titleName = loc ? file.usc[loc.title]?.name : undefined;
  return {
    kind: 'statute',
    id: act.id,
    citation: act.publicLaw ?? act.name,
    title: act.name,
    heading: loc && titleName ? message('cardMainlyInTitle', loc.title, titleName) : null,
    summary: act.summary,
    penalties: [],
    popularNames: act.shortName ? [act.shortName] : [],
    related,
    officialUrl: loc?.section ? uscOfficialUrl(loc.title, loc.section) : act.publicLaw ? publicLawUrl(act.publicLaw) : null,
    sources: sourceRefs(file, act.sources),
  };
}

function seriesCard(file: KnowledgeFile, s: Series): SeriesCard {
  const latest = Object.entries(s.values)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .at(-1);
  const recordValue = s.recordPeriod === null ? undefined : s.values[s.recordPeriod];
  return {
    kind: 'series',
    id: s.id,
    name: s.name,
    unitLabel: s.unitLabel,
    periodLabel: s.periodLabel,
    record: s.recordPeriod !== null && recordValue !== undefined ? { period: s.recordPeriod, value: recordValue } : null,
    latest: latest ? { period: latest[0], value: latest[1] } : null,
    unit: s.unit,
    values: s.values,
    note: s.note,
    sources: sourceRefs(file, s.sources),
  };
}

/** Ids whose card data a page's marks need: their entities, compared series and context series. */
export function referencedCardIds(mentions: readonly Mention[]): Set<string> {
  const ids = new Set<string>();
  for (const mention of mentions) {
    if (mention.entityId) ids.add(mention.entityId);
    if (mention.kind === 'statistic' && mention.comparison) ids.add(mention.comparison.seriesId);
    for (const id of contextSeriesIds(mention)) ids.add(id);
  }
  return ids;
}

/** The card data of every id the marks need that the file holds. */
export function cardsForIds(file: KnowledgeFile, ids: Iterable<string>): Record<string, EntityCard> {
  const cards: Record<string, EntityCard> = {};
  for (const id of ids) {
    const card = cardFor(file, id);
    if (card) cards[id] = card;
  }
  return cards;
}

/** The card for any id the knowledge file knows, or null. */
export function cardFor(file: KnowledgeFile, id: string): EntityCard | null {
  const acc = accessorFor(file);
  const person = acc.person(id);
  if (person) return personCard(file, person);
  if (id.startsWith('usc:')) return uscCard(file, acc, id) ?? uscTitleCard(file, id);
  const act = acc.act(id);
  if (act) return actCard(file, acc, act);
  const provision = acc.provision(id);
  if (provision) {
    return {
      kind: 'statute',
      id,
      citation: provision.citation,
      title: provision.name,
      heading: null,
      summary: provision.summary,
      penalties: [],
      popularNames: [],
      related: [],
      officialUrl: file.sources[itemAt(provision.sources, 0)]?.url ?? null,
      sources: sourceRefs(file, provision.sources),
    };
  }
  const series = acc.series(id);
  if (series) return seriesCard(file, series);
  return null;
}
