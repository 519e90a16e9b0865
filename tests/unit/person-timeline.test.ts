import { describe, expect, it } from 'vitest';
import type { CardRole, PersonCard } from '../../src/knowledge/entity-card';
import { personTimeline } from '../../src/knowledge/person-timeline';

const card = (roles: CardRole[]): PersonCard => ({ roles } as unknown as PersonCard);
const president: CardRole = { label: 'President of Ruritania', start: '2023-09-04', end: null, current: true, acting: false, party: null, termStart: true, asOf: '2026-01-22' };

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
  const mayor: CardRole = { label: 'Mayor of Eastport, Maine', start: '2021-01-04', end: '2025-01-01', current: false, lastKnown: true, acting: false, party: null, asOf: '2026-08-05' };

  it('says where the record ends and that no later record exists, neither current nor former', () => {
    const { headline, asOf } = personTimeline(card([mayor]), null, new Date('2026-09-01'));
    expect(headline).toBe('Mayor of Eastport, Maine (on record to 2025, no later record)');
    expect(asOf).toBe('Role data as of August 5, 2026.');
    expect(personTimeline(card([mayor]), '2026-03-01', new Date('2026-09-01')).headline).not.toMatch(/former|present/i);
  });
});

describe('person timeline, a role that ended on a date the source does not give', () => {
  it('says the end date is unknown rather than showing the start year alone', () => {
    const secretary: CardRole = { label: 'Secretary of Labor', start: '2021-03-23', end: null, current: false, acting: false, party: null, asOf: '2023-02-10' };
    expect(personTimeline(card([secretary]), null, new Date('2026-09-01')).headline).toBe('Former Secretary of Labor (from 2021, end date unknown)');
  });
});

describe('person timeline, a past role the source gives no years for', () => {
  const senator: CardRole = { label: 'U.S. senator from Kentucky', start: null, end: null, current: false, acting: false, party: null, asOf: '2026-06-15' };

  it('says the years are not known, so the last seat is not read as the whole career', () => {
    expect(personTimeline(card([senator]), null, new Date('2026-09-01')).headline).toBe('Former U.S. senator from Kentucky (years not in Footnote’s data)');
  });

  it('never calls the seat former on an article’s date: the member may have held it then (a senator who left in 2025, on a 2019 story)', () => {
    expect(personTimeline(card([senator]), '2019-05-01', new Date('2026-09-01')).headline).toBe('U.S. senator from Kentucky (years not in Footnote’s data)');
  });
});

describe('person timeline, an appointee whose administration has since ended', () => {
  const envoy: CardRole = { label: 'Ambassador to the United Nations', start: '2021-02-25', end: null, current: false, acting: false, party: null, endBy: '2025-01-20', asOf: '2023-02-10' };

  it('says the latest the role can have ended', () => {
    expect(personTimeline(card([envoy]), null, new Date('2026-09-01')).headline).toBe('Former Ambassador to the United Nations (2021 until 2025 or earlier)');
  });

  it('leads with the role on a story from when the source still listed it, not after', () => {
    expect(personTimeline(card([envoy]), '2022-06-01', new Date('2026-09-01')).headline).toMatch(/^Ambassador to the United Nations/);
    expect(personTimeline(card([envoy]), '2025-06-01', new Date('2026-09-01')).headline).toMatch(/^Former/);
  });
});

describe('person timeline, a role whose end the source does not give, on an article from before its latest possible end', () => {
  // FiveThirtyEight's cabinet file (February 2023) says "Still in office"; the next administration began on 2025-01-20.
  const treasury: CardRole = { label: 'Secretary of the Treasury', start: '2021-01-26', end: null, current: false, acting: false, party: null, endBy: '2025-01-20', asOf: '2023-02-10' };
  const council: CardRole = { label: 'Chair of the Council of Economic Advisers', start: '1997-02-18', end: '1999-08-03', current: false, acting: false, party: null, asOf: '2023-02-10' };
  const homeland: CardRole = { label: 'Secretary of Homeland Security', start: '2021-02-02', end: '2025-01-20', current: false, acting: false, party: null, asOf: '2025-06' };

  it('leads with the role, not calling it former, when it may still have been held on that date', () => {
    const { headline, otherRoles } = personTimeline(card([treasury, council]), '2024-06-01', new Date('2026-09-01'));
    expect(headline).toBe('Secretary of the Treasury (2021 until 2025 or earlier)');
    expect(otherRoles).toEqual(['Chair of the Council of Economic Advisers (1997–1999)']);
  });

  it('leads with a role that ended after the article’s date as held then, and says former only once it had surely ended', () => {
    expect(personTimeline(card([homeland]), '2024-06-01', new Date('2026-09-01')).headline).toBe('Secretary of Homeland Security (2021–2025)');
    expect(personTimeline(card([treasury]), '2025-06-01', new Date('2026-09-01')).headline).toBe('Former Secretary of the Treasury (2021 until 2025 or earlier)');
    expect(personTimeline(card([homeland]), '2025-06-01', new Date('2026-09-01')).headline).toBe('Former Secretary of Homeland Security (2021–2025)');
  });

  it('leads with such a role rather than with what came next', () => {
    const later: CardRole = { label: 'President of the Federal Reserve Bank of Ruritania', start: '2025-03-01', end: null, current: true, acting: false, party: null, asOf: '2026-01' };
    expect(personTimeline(card([later, treasury]), '2024-06-01', new Date('2026-09-01')).headline).toBe(
      'Secretary of the Treasury (2021 until 2025 or earlier) · now President of the Federal Reserve Bank of Ruritania (2025–present)',
    );
  });
});

describe('person timeline, the party beside the role the card leads with', () => {
  const person = (roles: CardRole[], party: string | null): PersonCard => ({ roles, party } as unknown as PersonCard);
  const now = new Date('2026-09-01');
  // Elected to the House as a Democrat; a Republican since 2024, when she held no seat.
  const house: CardRole = { label: 'U.S. representative for Ruritania’s 2nd district', start: '2013-01-03', end: '2021-01-03', current: false, acting: false, party: 'Democrat', asOf: '2025-06' };
  const director: CardRole = { label: 'Director of National Intelligence', start: '2025-02-12', end: null, current: true, acting: false, party: null, asOf: '2025-06' };

  it('shows the party held in the role on the article’s date, not the one the person has today', () => {
    expect(personTimeline(person([director, house], 'Republican'), '2018-05-10', now).party).toBe('Democrat');
    expect(personTimeline(person([director, house], 'Republican'), '2025-06-01', now).party).toBe('Republican');
    expect(personTimeline(person([director, house], 'Republican'), null, now).party).toBe('Republican');
  });

  it('shows no party beside a past role without one of its own: the person’s party then is not on record', () => {
    const secretary: CardRole = { label: 'Secretary of Defense', start: '1993-01-20', end: '1994-02-03', current: false, acting: false, party: null, asOf: '2023-02-10' };
    const member: CardRole = { ...house, start: '1971-01-03', end: '1993-01-20', party: 'Democrat' };
    expect(personTimeline(person([secretary, member], 'Democrat'), '1993-06-01', now).party).toBeNull();
  });

  it('takes the party of the seat held alongside a leadership post without one', () => {
    const leader: CardRole = { label: 'House Minority Leader', start: '2023-01-03', end: null, current: true, acting: false, party: null, asOf: '2026-06-15' };
    const seat: CardRole = { label: 'U.S. representative for Ruritania’s 8th district', start: '2013-01-03', end: null, current: true, acting: false, party: 'Democrat', asOf: '2026-06-15' };
    expect(personTimeline(person([leader, seat], 'Democrat'), '2024-03-01', now).party).toBe('Democrat');
  });

  it('shows the party of the article’s date in a seat whose holder changed party while in it', () => {
    const seat: CardRole = {
      label: 'U.S. representative for Ruritania’s 2nd district', start: '2019-01-03', end: null, current: true, acting: false, party: 'Republican', asOf: '2026-06-15',
      parties: [{ party: 'Democrat', start: '2019-01-03' }, { party: 'Republican', start: '2019-12-19' }],
    };
    expect(personTimeline(person([seat], 'Republican'), '2019-06-12', now).party).toBe('Democrat');
    expect(personTimeline(person([seat], 'Republican'), '2024-06-12', now).party).toBe('Republican');
    expect(personTimeline(person([seat], 'Republican'), null, now).party).toBe('Republican');
  });

  it('says a seat without dates carries its last term’s party only', () => {
    const seat: CardRole = { label: 'U.S. senator from Ruritania', start: null, end: null, current: false, acting: false, party: 'Democrat', asOf: '2026-06-15' };
    expect(personTimeline(person([seat], 'Democrat'), '2005-03-01', now).party).toBe('Democrat (last term)');
  });
});
