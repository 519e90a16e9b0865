import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_DATA_DIR, AUDIT_KNOWLEDGE_PATH, asTheSourcesSay, auditKnowledge } from '../../scripts/audit-knowledge';
import { generateKnowledge } from '../../scripts/knowledge/build-knowledge-file';
import { applyErrata, checkErrataShown, ERRATA, type Erratum } from '../../scripts/knowledge/errata';
import type { DraftRole, PersonDraft } from '../../scripts/knowledge/person-draft';
import type { KnowledgeFile } from '../../src/knowledge/schema';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(repoRoot, '..', 'shared', 'data');
const curatedDir = resolve(repoRoot, 'src', 'knowledge', 'curated');

function role(over: Partial<DraftRole> = {}): DraftRole {
  return { title: 'Prime Minister', place: 'Ruritania', label: 'Prime Minister of Ruritania', office: 'head-of-government', party: null, start: '2005-06-23', end: null, current: true, source: 'cia-factbook', ...over };
}

function draft(over: Partial<PersonDraft> = {}): PersonDraft {
  return { id: 'cia:anna-maria-novak', name: 'Anna Maria Novak', altNames: ['Anna Novak', 'Maria Novak'], surname: 'Novak', firstName: 'Anna', birthYear: null, roles: [role()], sources: ['cia-factbook'], contextExtra: [], mergeable: false, ...over };
}

function erratum(over: Partial<Erratum>): Erratum {
  return {
    id: 'erratum:test',
    person: 'cia:anna-maria-novak',
    source: 'cia-factbook',
    field: 'start',
    sourceSays: '2005-06-23',
    corrected: '2025-06-23',
    citation: { publisher: 'Government of Ruritania', url: 'https://gov.example/pm', checked: '2026-12-02', title: 'Correction: the prime minister took office in 2025' },
    reason: 'A typo for 2025.',
    ...over,
  };
}

describe('errata', () => {
  it('correct a start date, a title (and the label with it), a party, and cite the correction', () => {
    const [start] = applyErrata([draft()], [erratum({})]);
    expect(start?.roles[0]?.start).toBe('2025-06-23');
    expect(start?.sources).toEqual(['cia-factbook', 'erratum:test']);
    const [title] = applyErrata([draft()], [erratum({ field: 'title', sourceSays: 'Prime Minister', corrected: 'Chief Adviser' })]);
    expect(title?.roles[0]).toMatchObject({ title: 'Chief Adviser', label: 'Chief Adviser of Ruritania' });
    const state = draft({ id: 'os:x', roles: [role({ source: 'openstates-people', party: 'Democrat' })], sources: ['openstates-people'] });
    const [party] = applyErrata([state], [erratum({ person: 'os:x', source: 'openstates-people', field: 'party', sourceSays: 'Democrat', corrected: 'Republican' })]);
    expect(party?.roles[0]?.party).toBe('Republican');
    const mayor = draft({ id: 'os:y', roles: [role({ source: 'openstates-people', title: 'Mayor', place: 'Elm Hollow, Ohio', label: 'Mayor of Elm Hollow, Ohio' })], sources: ['openstates-people'] });
    const [place] = applyErrata([mayor], [erratum({ person: 'os:y', source: 'openstates-people', field: 'place', sourceSays: 'Elm Hollow, Ohio', corrected: 'Birch Township, Ohio' })]);
    expect(place?.roles[0]).toMatchObject({ place: 'Birch Township, Ohio', label: 'Mayor of Birch Township, Ohio' });
    // A record never refreshed keeps the last date it shows the role held; the erratum corrects that date.
    const lapsed = draft({ id: 'os:z', roles: [role({ source: 'openstates-people', lastKnownUntil: '2024-12-31' })], sources: ['openstates-people'] });
    const [end] = applyErrata([lapsed], [erratum({ person: 'os:z', source: 'openstates-people', field: 'end', sourceSays: '2024-12-31', corrected: '2023-12-31' })]);
    expect(end?.roles[0]?.lastKnownUntil).toBe('2023-12-31');
    expect(() => applyErrata([lapsed], [erratum({ person: 'os:z', source: 'openstates-people', field: 'end', sourceSays: '2022-12-31', corrected: '2023-12-31' })])).toThrow();
  });

  it('correct a name and drop the forms of the wrong one from the aliases', () => {
    const [fixed] = applyErrata([draft()], [erratum({ field: 'name', sourceSays: 'Anna Maria Novak', corrected: 'Mária Novak' })]);
    expect(fixed).toMatchObject({ name: 'Mária Novak', firstName: 'Mária', altNames: ['Maria Novak'] });
  });

  it('leave the records they are given as the sources gave them, and touch only the named record', () => {
    const original = draft();
    const other = draft({ id: 'cia:someone-else' });
    const out = applyErrata([original, other], [erratum({})]);
    expect(original.roles[0]?.start).toBe('2005-06-23');
    expect(out[1]).toBe(other);
  });

  it('fail when the source no longer says the wrong value, or the record is gone', () => {
    expect(() => applyErrata([draft({ roles: [role({ start: '2025-06-23' })] })], [erratum({})])).toThrow(/erratum erratum:test is stale: .*start "2025-06-23"/);
    expect(() => applyErrata([draft({ roles: [role({ source: 'openstates-people' })] })], [erratum({})])).toThrow(/stale/);
    expect(() => applyErrata([draft({ id: 'cia:other' })], [erratum({})])).toThrow(/stale: .*the record is gone/);
    expect(() => applyErrata([draft({ name: 'Anna Novak' })], [erratum({ field: 'name', sourceSays: 'Anna Maria Novak', corrected: 'Mária Novak' })])).toThrow(/stale/);
  });

  it('fail when the built person does not show the correction', () => {
    const person = { id: 'cia:anna-maria-novak', name: 'Anna Maria Novak', party: null, sources: ['cia-factbook', 'erratum:test'], roles: [{ ...role(), asOf: '2026-01-22' }] };
    expect(() => checkErrataShown([person], [erratum({})])).toThrow(/does not show the start "2025-06-23"/);
    expect(() => checkErrataShown([{ ...person, roles: [{ ...role({ start: '2025-06-23' }), asOf: '2026-01-22' }] }], [erratum({})])).not.toThrow();
  });

  it('each cite a page and give a reason, one erratum per record and field', () => {
    for (const e of ERRATA) {
      expect(e.citation.url).toMatch(/^https:\/\//);
      expect(e.citation.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.reason.length).toBeGreaterThan(10);
      expect(e.sourceSays).not.toBe(e.corrected);
    }
    expect(new Set(ERRATA.map((e) => `${e.person}|${e.field}`)).size).toBe(ERRATA.length);
  });

  it('show on the committed file: every corrected person shows the corrected value and cites the erratum', () => {
    const file = JSON.parse(readFileSync(AUDIT_KNOWLEDGE_PATH, 'utf8')) as KnowledgeFile;
    expect(() => checkErrataShown(file.people, ERRATA)).not.toThrow();
    for (const e of ERRATA) expect(file.sources[e.id]?.url).toBe(e.citation.url);
    // The audit's view puts the source's values back, and only on the people the errata name.
    const raw = asTheSourcesSay(file, ERRATA);
    expect(raw.people.find((p) => p.id === 'cia:ilie-bolojan')?.roles[0]?.start).toBe('2005-06-23');
    expect(raw.people.filter((p, i) => JSON.stringify(p) !== JSON.stringify(file.people[i])).map((p) => p.id).sort()).toEqual([...new Set(ERRATA.map((e) => e.person))].sort());
  });
});

describe.skipIf(!existsSync(dataDir))('errata against ../shared/data', () => {
  it('fail generation when the source no longer has the wrong value', { timeout: 300_000 }, () => {
    // The Factbook says 2005 for Bolojan: an erratum expecting it to say 2025 is stale.
    const stale = erratum({ person: 'cia:ilie-bolojan', sourceSays: '2025-06-23', corrected: '2025-06-24' });
    expect(() => generateKnowledge({ dataDir, curatedDir, errata: [stale] })).toThrow(/erratum erratum:test is stale: cia-factbook no longer gives cia:ilie-bolojan the start "2025-06-23" \(start "2005-06-23"\)/);
  });

  it('make the audit fail when a card loses its correction', { timeout: 300_000 }, () => {
    const file = JSON.parse(readFileSync(AUDIT_KNOWLEDGE_PATH, 'utf8')) as KnowledgeFile;
    const broken = structuredClone(file);
    const bolojan = broken.people.find((p) => p.id === 'cia:ilie-bolojan')!;
    bolojan.roles[0]!.start = '2005-06-23';
    const failed = auditKnowledge(AUDIT_DATA_DIR, broken).flatMap((c) => c.disagreements);
    expect(failed).toContain('erratum:ro-pm-bolojan-start: cia:ilie-bolojan Ilie Bolojan does not show the start "2025-06-23"');
  });
});
