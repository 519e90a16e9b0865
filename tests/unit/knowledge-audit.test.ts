import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDIT_DATA_DIR, AUDIT_KNOWLEDGE_PATH, auditKnowledge, printAudit } from '../../scripts/audit-knowledge';
import type { KnowledgeFile } from '../../src/knowledge/schema';

const present = existsSync(AUDIT_DATA_DIR);
if (!present) console.log(`knowledge audit skipped: no input data at ${AUDIT_DATA_DIR}`);

describe.skipIf(!present)('knowledge audit against ../shared/data (npm run audit:knowledge)', () => {
  const file = JSON.parse(readFileSync(AUDIT_KNOWLEDGE_PATH, 'utf8')) as KnowledgeFile;

  it('finds no disagreement between the generated file and the raw data', { timeout: 300_000 }, () => {
    const lines: string[] = [];
    const checks = auditKnowledge(AUDIT_DATA_DIR, file);
    const total = printAudit(checks, (line) => lines.push(line));
    expect(checks.every((c) => c.checked > 0)).toBe(true);
    expect(total, lines.join('\n')).toBe(0);
  });

  it('catches a wrong service start, a judge shown sitting after senior status, and a shifted growth rate', { timeout: 300_000 }, () => {
    const broken = structuredClone(file);
    const senator = broken.people.find((p) => p.bioguide !== undefined && p.roles.some((r) => r.office === 'senator' && r.current))!;
    const seat = senator.roles.find((r) => r.office === 'senator' && r.current)!;
    seat.start = `${Number(seat.start!.slice(0, 4)) + 6}${seat.start!.slice(4)}`;
    const retired = broken.people.find((p) => p.roles.some((r) => r.endReason === 'retired' && r.office === 'justice'))!;
    retired.roles.find((r) => r.office === 'justice')!.current = true;
    const growth = broken.series.find((s) => s.id === 'bea:gdp-growth')!;
    growth.values['2009'] = growth.values['2010']!;
    // The file's candidate-named faction as the party, and a birth year's guess at which "Republican" party.
    const jacksonian = broken.people.find((p) => p.bioguide === 'M000535')!;
    jacksonian.roles[0]!.party = 'Jackson';
    const guessed = broken.people.find((p) => p.bioguide === 'G000373')!;
    guessed.roles[0]!.party = 'Democratic-Republican';
    const failed = auditKnowledge(AUDIT_DATA_DIR, broken).flatMap((c) => c.disagreements);
    expect(failed.some((d) => d.includes(senator.id) && d.includes('service start'))).toBe(true);
    expect(failed.some((d) => d.includes(retired.id))).toBe(true);
    expect(failed.some((d) => d.startsWith('bea:gdp-growth 2009'))).toBe(true);
    expect(failed.some((d) => d.startsWith(`${jacksonian.id} `) && d.includes('candidate'))).toBe(true);
    expect(failed.some((d) => d.startsWith(`${guessed.id} `) && d.includes('either party'))).toBe(true);
  });

  it('catches two districts joined into one seat, an acting post shown as confirmed, and a departed officeholder shown current', { timeout: 300_000 }, () => {
    const broken = structuredClone(file);
    // A representative whose district changed between terms: the earlier district's role ends as the current one starts.
    const moved = broken.people.find((p) => {
      const now = p.roles.find((r) => r.office === 'representative' && r.current);
      return now !== undefined && p.roles.some((r) => r !== now && r.office === 'representative' && r.place === now.place && r.end === now.start);
    })!;
    const seat = moved.roles.find((r) => r.office === 'representative' && r.current)!;
    seat.start = moved.roles.find((r) => r !== seat && r.office === 'representative' && r.end === seat.start)!.start;
    const acting = broken.people.find((p) => p.roles.some((r) => r.source === 'opm-plum' && r.office === 'official' && r.acting && r.current))!;
    const post = acting.roles.find((r) => r.source === 'opm-plum' && r.office === 'official' && r.acting)!;
    delete post.acting;
    post.label = post.label.replace(/^Acting /, '');
    // Someone the source never retired, known later in another office.
    const gone = broken.people.find((p) => p.roles.some((r) => r.source === 'openstates-people' && !r.current && r.office === 'governor') && p.roles.some((r) => r.current && r.source !== 'openstates-people'))!;
    const governor = gone.roles.find((r) => r.source === 'openstates-people' && r.office === 'governor')!;
    governor.current = true;
    governor.end = null;
    const failed = auditKnowledge(AUDIT_DATA_DIR, broken).flatMap((c) => c.disagreements);
    expect(failed.some((d) => d.includes(moved.id) && d.includes('service start'))).toBe(true);
    expect(failed.some((d) => d.startsWith(`${acting.name}:`) && d.includes('not labelled acting'))).toBe(true);
    expect(failed.some((d) => d.startsWith(`${gone.name}:`) && d.includes('holder is gone'))).toBe(true);
  });
  it('catches a world leader with a since date the Factbook does not give, and a display name not read from the raw name', { timeout: 300_000 }, () => {
    const broken = structuredClone(file);
    const leaders = broken.people.filter((p) => p.sources.includes('cia-factbook') && p.roles.some((r) => r.source === 'cia-factbook' && r.start !== null && r.start.length === 10));
    const dated = leaders[0]!;
    const role = dated.roles.find((r) => r.source === 'cia-factbook' && r.start !== null)!;
    role.start = `${Number(role.start!.slice(0, 4)) - 20}${role.start!.slice(4)}`;
    // One with a formal name, which still finds them in the Factbook text.
    const renamed = leaders.find((p) => p !== dated && p.formalName !== undefined && p.name.split(' ').length >= 2)!;
    // The words reversed: each comes from the raw name, in an order it does not allow.
    renamed.name = renamed.name.split(' ').reverse().join(' ');
    const failed = auditKnowledge(AUDIT_DATA_DIR, broken).flatMap((c) => c.disagreements);
    expect(failed.some((d) => d.includes(`${dated.name} `) && d.includes(`since ${role.start!}`))).toBe(true);
    expect(failed.some((d) => d.includes(`"${renamed.name}" is not read from`))).toBe(true);
  });
});
