import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKnowledgeFile } from '../../src/knowledge/knowledge-file';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import { fixtureKnowledgeFile, fixtureLookup } from './recognize-fixture';

const lookup = fixtureLookup();

describe('knowledge index over a small file', () => {
  it('finds people by full alias and by surname, saying which', () => {
    expect(lookup.peopleByAlias('donald trump').map((c) => [c.id, c.viaSurname ?? false])).toEqual([['p:trump', false]]);
    expect(lookup.peopleByAlias('trump').map((c) => [c.id, c.viaSurname])).toEqual([['p:trump', true]]);
    expect(lookup.peopleByAlias('nobody')).toEqual([]);
  });

  it('marks shared surnames with the file\'s resolution rule', () => {
    expect(lookup.peopleByAlias('smith').map((c) => [c.id, c.surnameRule])).toEqual([
      ['p:smith-tx', 'needs-context'],
      ['p:smith-oh', 'needs-context'],
    ]);
  });

  it('knows given names from full aliases', () => {
    expect(lookup.isGivenName?.('elizabeth')).toBe(true);
    expect(lookup.isGivenName?.('warren')).toBe(false);
  });

  it('answers U.S. Code sections and titles only when present', () => {
    expect(lookup.uscSection('8', '1324')).toEqual({ id: 'usc:8:1324', citation: '8 U.S.C. \u00a7 1324' });
    expect(lookup.uscSection('8', '9999')).toBeNull();
    expect(lookup.uscSection('99', '1')).toBeNull();
    expect(lookup.uscSection('8', 'constructor')).toBeNull();
    expect(lookup.uscTitle?.('8')).toEqual({ id: 'usc:8', citation: '8 U.S.C.' });
  });

  it('names acts, popular names, public laws and constitutional provisions', () => {
    expect(lookup.statuteByName('obamacare')).toEqual({ id: 'act:aca', citation: 'Patient Protection and Affordable Care Act' });
    expect(lookup.statuteByName('pub. l. 111-148')?.id).toBe('act:aca');
    expect(lookup.statuteByName('section 230')).toEqual({ id: 'usc:47:230', citation: '47 U.S.C. \u00a7 230' });
    expect(lookup.statuteByName('u.s. const. amend. i')?.id).toBe('const:amend:1');
    expect(lookup.statuteNames()).toContain('immigration and nationality act');
  });

  it('maps act sections through the crosswalk', () => {
    expect(lookup.actSectionToUsc('ina', '274')).toEqual({ id: 'usc:8:1324', citation: '8 U.S.C. \u00a7 1324' });
    expect(lookup.actSectionToUsc('immigration and nationality act', '101')?.id).toBe('usc:8:1101');
    expect(lookup.actSectionToUsc('ina', '999')).toBeNull();
    expect(lookup.actSectionToUsc('affordable care act', '1')).toBeNull();
  });

  it('maps act sections named by curated popular names, and keeps those names out of the name scan', () => {
    expect(lookup.actSectionToUsc('exchange act', '10')).toEqual({ id: 'usc:15:78j', citation: '15 U.S.C. \u00a7 78j' });
    expect(lookup.actSectionToUsc('securities exchange act of 1934', '13')?.id).toBe('usc:15:78m');
    expect(lookup.actSectionToUsc('exchange act', '11')).toBeNull();
    expect(lookup.statuteNames()).not.toContain('section 13 of the securities exchange act of 1934');
  });

  it('finds series by term', () => {
    expect(lookup.seriesByTerm('deportations').map((s) => s.id)).toEqual(['dhs:removals']);
    expect(lookup.seriesTerms()).toContain('unemployment rate');
    expect(lookup.seriesByTerm('weather')).toEqual([]);
  });

  it('does not answer for keys inherited from Object', () => {
    const file = fixtureKnowledgeFile();
    const index = buildKnowledgeIndex(file);
    expect(index.peopleByAlias('constructor')).toEqual([]);
    expect(index.statuteByName('tostring')).toBeNull();
  });
});

const KNOWLEDGE_PATH = path.resolve(__dirname, '..', '..', 'src', 'knowledge', 'knowledge.json');

describe.skipIf(!existsSync(KNOWLEDGE_PATH))('knowledge index over the real knowledge file', () => {
  it('builds and answers the seed article\'s entities', { timeout: 60_000 }, () => {
    const index = buildKnowledgeIndex(parseKnowledgeFile(JSON.parse(readFileSync(KNOWLEDGE_PATH, 'utf8'))));
    expect(index.uscSection('8', '1324')?.id).toBe('usc:8:1324');
    expect(index.peopleByAlias('donald trump').length).toBeGreaterThan(0);
    expect(index.seriesByTerm('deportations').length).toBeGreaterThan(0);
  });

  it('knows the curated provisions news cites without "Act" and the Exchange Act sections', { timeout: 60_000 }, () => {
    const index = buildKnowledgeIndex(parseKnowledgeFile(JSON.parse(readFileSync(KNOWLEDGE_PATH, 'utf8'))));
    expect(index.statuteByName('flag code')?.id).toBe('act:flag-code');
    expect(index.statuteByName('cobra')?.id).toBe('act:cobra');
    // "Section 8" in the news is the voucher programme, not a citation: no popular name leads to § 1437f.
    expect(index.statuteByName('section 8 housing')).toBeNull();
    expect(index.uscSection('42', '1437f')?.id).toBe('usc:42:1437f');
    expect(index.statuteByName('title vii')?.id).toBe('usc:42:2000e-2');
    expect(index.actSectionToUsc('exchange act', '10')?.id).toBe('usc:15:78j');
    expect(index.actSectionToUsc('securities exchange act', '16')?.id).toBe('usc:15:78p');
    expect(index.actSectionToUsc('securities exchange act of 1934', '15')?.id).toBe('usc:15:78o');
  });
});
