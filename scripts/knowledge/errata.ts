/**
 * Errata: facts a dataset gets wrong that no rule of the generator can tell (a typo in a year, a
 * wrong title, a wrong party). Each one names the record, what the source says and what is right,
 * and cites where the right value was checked. A wrong fact on a card is worse than no card, so the
 * list stays short: only a value the source itself has wrong, never a later change (those come
 * with the next snapshot) and never a fact the source does not give.
 *
 * Generation fails when a record no longer says what its erratum expects: a source that fixed the
 * error, or changed it, must not be silently overridden by a stale correction.
 */
import type { Person, Source } from '../../src/knowledge/schema';
import { nameWords } from './names';
import type { DraftRole, PersonDraft } from './person-draft';

/** Which fact of a record an erratum corrects. */
export type ErratumField =
  /** The display name; the forms of the wrong name go from the aliases. */
  | 'name'
  /** The office title of the record's roles from that source; the label follows. */
  | 'title'
  /** A role's start date. */
  | 'start'
  /** A role's end date, or the last date a record that was never refreshed shows it held. */
  | 'end'
  /** The party of the record's roles from that source. */
  | 'party'
  /** The place of the record's roles from that source; the label names it too. */
  | 'place';

export interface Erratum {
  /** Source id the corrected person cites: "erratum:<what>". */
  id: `erratum:${string}`;
  /** Id of the source record ("cia:ilie-bolojan", "os:<uuid>"): the person's id unless merged into a higher-priority record. */
  person: string;
  /** The dataset whose record is wrong; only its roles are touched. */
  source: 'cia-factbook' | 'openstates-people';
  field: ErratumField;
  /** What the source says (as the record reads after parsing): asserted, never assumed. */
  sourceSays: string;
  corrected: string;
  citation: {
    publisher: string;
    url: string;
    /** The day the page was read (YYYY-MM-DD); it becomes the erratum source's as-of date. */
    checked: string;
    /** What the page shows, as the card's link text. */
    title: string;
  };
  /** One line: why the source is wrong. */
  reason: string;
}

/*
 * Citations were read on 2026-12-02 in stored copies of the pages (no live fetch was possible).
 * None of the governments' own sites was among them, so each cites the public page that states the
 * corrected value: a public broadcaster or a newspaper of record.
 */
export const ERRATA: readonly Erratum[] = [
  {
    id: 'erratum:ro-pm-bolojan-start',
    person: 'cia:ilie-bolojan',
    source: 'cia-factbook',
    field: 'start',
    sourceSays: '2005-06-23',
    corrected: '2025-06-23',
    citation: {
      publisher: 'Radio România Actualităţi (Romanian public radio)',
      url: 'https://www.romania-actualitati.ro/stiri/romania/noul-guvern-a-fost-investit-cu-majoritatea-de-voturi-id212604.html',
      checked: '2026-12-02',
      title: 'Correction: the Bolojan government was invested and sworn in on 23 June 2025',
    },
    reason: 'The Factbook writes "since 23 June 2005", a typo for 2025: he was designated on 20 June 2025 (the prime minister in 2005 was Calin Popescu-Tariceanu).',
  },
  {
    id: 'erratum:bd-yunus-title',
    person: 'cia:muhammad-yunus',
    source: 'cia-factbook',
    field: 'title',
    sourceSays: 'Interim Prime Minister',
    corrected: 'Chief Adviser',
    citation: {
      publisher: 'Prothom Alo',
      url: 'https://en.prothomalo.com/bangladesh/l33qbmckby',
      checked: '2026-12-02',
      title: 'Correction: Muhammad Yunus took oath as Chief Adviser to the interim government on 8 August 2024',
    },
    reason: 'Bangladesh\'s interim government has no prime minister: its head holds the title Chief Adviser.',
  },
  {
    id: 'erratum:pt-pm-montenegro-name',
    person: 'cia:antonio-luis-montenegro',
    source: 'cia-factbook',
    field: 'name',
    sourceSays: 'Antonio Luis Montenegro',
    corrected: 'Luís Montenegro',
    citation: {
      publisher: 'Folha de S.Paulo',
      url: 'https://www1.folha.uol.com.br/mundo/2024/04/novo-primeiro-ministro-de-portugal-foi-salva-vidas-antes-de-entrar-para-a-politica.shtml',
      checked: '2026-12-02',
      title: 'Correction: Luís Filipe Montenegro Cardoso de Morais Esteves became Prime Minister of Portugal on 2 April 2024',
    },
    reason: 'The Factbook adds a given name "Antonio" he does not have (full name Luís Filipe Montenegro Cardoso de Morais Esteves); he is known as Luís Montenegro.',
  },
  {
    id: 'erratum:nh-sos-scanlan-party',
    person: 'os:e5a00ff2-baa7-41c5-b329-274a478f9108',
    source: 'openstates-people',
    field: 'party',
    sourceSays: 'Democrat',
    corrected: 'Republican',
    citation: {
      publisher: 'New Hampshire Union Leader',
      url: 'https://www.unionleader.com/news/politics/voters/scanlan-scores-decisive-win-to-remain-secretary-of-state/article_3895054a-c5e3-5797-814f-5eed2e98c8a2.html',
      checked: '2026-12-02',
      title: 'Correction: Secretary of State David Scanlan, a Republican, re-elected by the legislature (7 December 2022)',
    },
    reason: 'Open States files him as a Democrat; he is a Republican (a former Republican state representative), elected by the legislature over a Democratic challenger.',
  },
  {
    id: 'erratum:nv-sos-aguilar-party',
    person: 'os:b71b3b3a-2122-43ec-a5e8-1ac394f13cf0',
    source: 'openstates-people',
    field: 'party',
    sourceSays: 'Republican',
    corrected: 'Democrat',
    citation: {
      publisher: 'KUNR Public Radio',
      url: 'https://www.kunr.org/politics-and-policy/2022-11-13/democrat-aguilar-beats-election-denier-marchant-for-nevada-secretary-of-state',
      checked: '2026-12-02',
      title: 'Correction: Democrat Cisco Aguilar elected Nevada Secretary of State over Republican Jim Marchant (13 November 2022)',
    },
    reason: 'Open States files him as a Republican; he is a Democrat, elected in 2022 against the Republican nominee.',
  },
  {
    id: 'erratum:nj-mayor-greenbaum-place',
    person: 'os:8482b710-4bb9-4a1f-8722-d8267d8c60b1',
    source: 'openstates-people',
    field: 'place',
    sourceSays: 'Budd Lake, New Jersey',
    corrected: 'Mount Olive Township, New Jersey',
    citation: {
      publisher: 'Mount Olive Life (mypaperonline.com)',
      url: 'https://www.mypaperonline.com/greenbaums-leadership-spotlighted-in-mt-olive.html',
      checked: '2026-12-02',
      title: 'Correction: Rob Greenbaum was Mayor of Mount Olive Township, New Jersey, from November 2011 to December 2023',
    },
    reason: 'Open States files him under Budd Lake, an unincorporated community inside Mount Olive Township with no mayor of its own; his record\'s own email and page are the township\'s.',
  },
  {
    id: 'erratum:nj-mayor-greenbaum-end',
    person: 'os:8482b710-4bb9-4a1f-8722-d8267d8c60b1',
    source: 'openstates-people',
    field: 'end',
    sourceSays: '2024-12-31',
    corrected: '2023-12-31',
    citation: {
      publisher: 'Mount Olive Life (mypaperonline.com)',
      url: 'https://www.mypaperonline.com/greenbaums-leadership-spotlighted-in-mt-olive.html',
      checked: '2026-12-02',
      title: 'Correction: Rob Greenbaum was Mayor of Mount Olive Township, New Jersey, from November 2011 to December 2023',
    },
    reason: 'The record keeps him to the end of 2024, a year past the term the township\'s paper gives, which ended in December 2023.',
  },
];

/** The source entry each erratum adds to the file's `sources`, cited by the person it corrects. */
export function erratumSources(errata: readonly Erratum[]): Record<string, Source> {
  const out: Record<string, Source> = {};
  for (const e of errata) out[e.id] = { publisher: e.citation.publisher, url: e.citation.url, asOf: e.citation.checked, title: e.citation.title };
  return out;
}

function stale(e: Erratum, now: string): Error {
  return new Error(
    `knowledge: erratum ${e.id} is stale: ${e.source} no longer gives ${e.person} the ${e.field} "${e.sourceSays}" (${now}); check the source and remove or update the erratum in scripts/knowledge/errata.ts`,
  );
}

/** One record with one erratum applied; throws when the record does not say what the erratum corrects. */
function corrected(d: PersonDraft, e: Erratum): PersonDraft {
  const own = (r: DraftRole): boolean => r.source === e.source;
  const values = (pick: (r: DraftRole) => string | null): string => [...new Set(d.roles.filter(own).map(pick))].map((v) => `"${v ?? 'none'}"`).join(', ') || 'no role';
  switch (e.field) {
    case 'name': {
      if (d.name !== e.sourceSays) throw stale(e, `name "${d.name}"`);
      // Every other form of the wrong name goes with it: a form with a word the right name lacks ("Antonio Montenegro") is wrong too.
      const right = new Set(nameWords(e.corrected));
      const fits = (n: string): boolean => nameWords(n).every((w) => right.has(w));
      const { formalName, ...rest } = d;
      return {
        ...rest,
        ...(formalName !== undefined && fits(formalName) ? { formalName } : {}),
        name: e.corrected,
        firstName: e.corrected.split(' ')[0] ?? e.corrected,
        altNames: d.altNames.filter((n) => n !== e.corrected && fits(n)),
        sources: [...d.sources, e.id],
      };
    }
    case 'title': {
      if (!d.roles.some((r) => own(r) && r.title === e.sourceSays)) throw stale(e, `title ${values((r) => r.title)}`);
      return {
        ...d,
        roles: d.roles.map((r) => {
          if (!own(r) || r.title !== e.sourceSays) return r;
          if (!r.label.startsWith(e.sourceSays)) throw new Error(`knowledge: erratum ${e.id}: label "${r.label}" does not start with the title it corrects`);
          return { ...r, title: e.corrected, label: `${e.corrected}${r.label.slice(e.sourceSays.length)}` };
        }),
        sources: [...d.sources, e.id],
      };
    }
    case 'start': {
      if (!d.roles.some((r) => own(r) && r.start === e.sourceSays)) throw stale(e, `start ${values((r) => r.start)}`);
      return { ...d, roles: d.roles.map((r) => (own(r) && r.start === e.sourceSays ? { ...r, start: e.corrected } : r)), sources: [...d.sources, e.id] };
    }
    case 'end': {
      const ends = (r: DraftRole): boolean => r.end === e.sourceSays || r.lastKnownUntil === e.sourceSays;
      if (!d.roles.some((r) => own(r) && ends(r))) throw stale(e, `end ${values((r) => r.lastKnownUntil ?? r.end)}`);
      return {
        ...d,
        roles: d.roles.map((r) => {
          if (!own(r) || !ends(r)) return r;
          return { ...r, ...(r.end === e.sourceSays ? { end: e.corrected } : {}), ...(r.lastKnownUntil === e.sourceSays ? { lastKnownUntil: e.corrected } : {}) };
        }),
        sources: [...d.sources, e.id],
      };
    }
    case 'place': {
      if (!d.roles.some((r) => own(r) && r.place === e.sourceSays)) throw stale(e, `place ${values((r) => r.place)}`);
      return {
        ...d,
        roles: d.roles.map((r) => {
          if (!own(r) || r.place !== e.sourceSays) return r;
          if (!r.label.includes(e.sourceSays)) throw new Error(`knowledge: erratum ${e.id}: label "${r.label}" does not name the place it corrects`);
          return { ...r, place: e.corrected, label: r.label.replace(e.sourceSays, e.corrected) };
        }),
        sources: [...d.sources, e.id],
      };
    }
    case 'party': {
      if (!d.roles.some((r) => own(r) && r.party === e.sourceSays)) throw stale(e, `party ${values((r) => r.party)}`);
      return {
        ...d,
        ...(d.party === e.sourceSays ? { party: e.corrected } : {}),
        roles: d.roles.map((r) => (own(r) && r.party === e.sourceSays ? { ...r, party: e.corrected } : r)),
        sources: [...d.sources, e.id],
      };
    }
  }
}

/**
 * The records with every erratum applied, before they are merged: the summary, context words and
 * aliases are then built from the corrected facts. Copies; the caller's drafts stay as the sources
 * gave them. Throws on an erratum whose record is missing or no longer says the wrong value.
 */
export function applyErrata(drafts: readonly PersonDraft[], errata: readonly Erratum[]): PersonDraft[] {
  const ids = new Set(errata.map((e) => e.id));
  if (ids.size !== errata.length) throw new Error('knowledge: two errata share an id');
  let out = [...drafts];
  for (const e of errata) {
    if (!drafts.some((d) => d.id === e.person)) throw stale(e, 'the record is gone');
    out = out.map((d) => (d.id === e.person ? corrected(d, e) : d));
  }
  return out;
}

/**
 * Each erratum as the built person shows it: the person citing it shows the corrected value (a
 * merge that let another record's value win would silently undo the correction). Throws otherwise.
 */
export function checkErrataShown(people: readonly Pick<Person, 'id' | 'name' | 'party' | 'sources' | 'roles'>[], errata: readonly Erratum[]): void {
  for (const e of errata) {
    const citing = people.filter((p) => p.sources.includes(e.id));
    if (citing.length !== 1) throw new Error(`knowledge: erratum ${e.id} is cited by ${citing.length} people, expected 1`);
    const [p] = citing;
    if (p === undefined) continue;
    const roles = p.roles.filter((r) => r.source === e.source);
    const shown =
      e.field === 'name'
        ? p.name === e.corrected
        : e.field === 'title'
          ? roles.some((r) => r.title === e.corrected)
          : e.field === 'start'
            ? roles.some((r) => r.start === e.corrected)
            : e.field === 'end'
              ? roles.some((r) => r.end === e.corrected)
            : e.field === 'place'
              ? roles.some((r) => r.place === e.corrected)
              : p.party === e.corrected && roles.some((r) => r.party === e.corrected);
    if (!shown) throw new Error(`knowledge: erratum ${e.id} was applied to ${e.person} but ${p.id} does not show the ${e.field} "${e.corrected}"`);
  }
}
