import { describe, expect, it } from 'vitest';
import type { CardRole, PersonCard } from '../../src/knowledge/entity-card';
import { personTimeline } from '../../src/knowledge/person-timeline';

const card = (roles: CardRole[]): PersonCard => ({ roles } as unknown as PersonCard);
const president: CardRole = { label: 'President of Ruritania', start: '2023-09-04', end: null, current: true, acting: false, termStart: true, asOf: '2026-01-22' };

describe('person timeline, a role dated by its current term', () => {
  it('says the date opens the current term, not that service began then', () => {
    expect(personTimeline(card([president]), '2024-05-01', new Date('2026-02-01')).headline).toBe('President of Ruritania (current term since 2023)');
  });

  it('never calls the role what came next for an article from before that term', () => {
    const headline = personTimeline(card([president]), '2020-05-01', new Date('2026-02-01')).headline ?? '';
    expect(headline).toContain('current term since 2023');
    expect(headline).not.toMatch(/^later\b/i);
  });
});
