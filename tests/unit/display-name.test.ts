import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cardFor } from '../../src/knowledge/card-data';
import { displayNameOf } from '../../src/knowledge/display-name';
import type { KnowledgeFile } from '../../src/knowledge/schema';

const file = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../src/knowledge/knowledge.json'), 'utf8')) as KnowledgeFile;

function nameOf(id: string): string {
  const card = cardFor(file, id);
  if (!card) throw new Error(`no card for ${id}`);
  return displayNameOf(card);
}

describe('display names', () => {
  // Builds the card of every person in the knowledge file (about 18,000): seconds of work, so the
  // default 5 s timeout would be a timing assertion that fails on a busy machine.
  it('drops generational suffixes and middle initials from people', { timeout: 60_000 }, () => {
    for (const person of file.people) {
      const name = nameOf(person.id);
      expect(name).not.toMatch(/\s(?:Jr|Sr)\.?$|\s\p{Lu}\.\s|"/u);
      // Still the person: every word of it is in the knowledge name, the family name included.
      for (const word of name.split(' ')) expect(person.name).toContain(word);
      expect(name.length).toBeGreaterThan(0);
    }
  });

  it('names acts without their enactment year, and never by public-law citation', () => {
    for (const act of file.acts) {
      const name = nameOf(act.id);
      expect(name).not.toMatch(/^Pub\. L\.|\sof \d{4}$/);
      expect(act.name.startsWith(name)).toBe(true);
    }
  });

  it('names Code sections by citation, and constitutional provisions by name', () => {
    expect(nameOf('usc:8:1324')).toBe('8 U.S.C. § 1324');
    for (const provision of file.constitution) expect(nameOf(provision.id)).toBe(provision.name);
  });
});
