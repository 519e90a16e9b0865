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

describe('person timeline, a role whose source record ended with nothing later on file', () => {
  const mayor: CardRole = { label: 'Mayor of Eastport, Maine', start: '2021-01-04', end: '2025-01-01', current: false, lastKnown: true, acting: false, asOf: '2026-08-05' };

  it('says where the record ends and that no later record exists, neither current nor former', () => {
    const { headline, asOf } = personTimeline(card([mayor]), null, new Date('2026-09-01'));
    expect(headline).toBe('Mayor of Eastport, Maine (on record to 2025, no later record)');
    expect(asOf).toBe('Role data as of August 5, 2026.');
    expect(personTimeline(card([mayor]), '2026-03-01', new Date('2026-09-01')).headline).not.toMatch(/former|present/i);
  });
});

describe('person timeline, a role that ended on a date the source does not give', () => {
  it('says the end date is unknown rather than showing the start year alone', () => {
    const secretary: CardRole = { label: 'Secretary of Labor', start: '2021-03-23', end: null, current: false, acting: false, asOf: '2023-02-10' };
    expect(personTimeline(card([secretary]), null, new Date('2026-09-01')).headline).toBe('Former Secretary of Labor (from 2021, end date unknown)');
  });
});

describe('person timeline, a past role the source gives no years for', () => {
  it('says the years are not known, so the last seat is not read as the whole career', () => {
    const senator: CardRole = { label: 'U.S. senator from Kentucky', start: null, end: null, current: false, acting: false, asOf: '2026-06-15' };
    expect(personTimeline(card([senator]), '2019-05-01', new Date('2026-09-01')).headline).toBe('Former U.S. senator from Kentucky (years not in Footnote’s data)');
  });
});

describe('person timeline, an appointee whose administration has since ended', () => {
  const envoy: CardRole = { label: 'Ambassador to the United Nations', start: '2021-02-25', end: null, current: false, acting: false, endBy: '2025-01-20', asOf: '2023-02-10' };

  it('says the latest the role can have ended', () => {
    expect(personTimeline(card([envoy]), null, new Date('2026-09-01')).headline).toBe('Former Ambassador to the United Nations (2021 until 2025 or earlier)');
  });

  it('leads with the role on a story from when the source still listed it, not after', () => {
    expect(personTimeline(card([envoy]), '2022-06-01', new Date('2026-09-01')).headline).toMatch(/^Ambassador to the United Nations/);
    expect(personTimeline(card([envoy]), '2025-06-01', new Date('2026-09-01')).headline).toMatch(/^Former/);
  });
});
