import { afterEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../src/core/types';
import type { EntityCard } from '../../src/knowledge/entity-card';
import { Annotator } from '../../src/page/annotator';
import { createCardHost } from '../../src/page/card/card-host';
import { fakePainter } from './support/fake-highlights';
import { singleNodeIndex } from './support/simple-text-index';

const TEXT = 'Thomas Homan cited 8 U.S.C. 1324. Mr. Homan expects 409,000 removals.';

function at(text: string, from = 0): [number, number] {
  const start = TEXT.indexOf(text, from);
  return [start, start + text.length];
}

const homan = at('Thomas Homan');
const mrHoman = at('Mr. Homan');
const cite = at('8 U.S.C. 1324');
const stat = at('409,000');

const MENTIONS: Mention[] = [
  { kind: 'person', start: homan[0], end: homan[1], text: 'Thomas Homan', entityId: 'cur:thomas-homan', personKey: 'homan', articleDescription: null },
  { kind: 'statute', start: cite[0], end: cite[1], text: '8 U.S.C. 1324', entityId: 'usc:8:1324', citation: '8 U.S.C. § 1324' },
  { kind: 'person', start: mrHoman[0], end: mrHoman[1], text: 'Mr. Homan', entityId: 'cur:thomas-homan', personKey: 'homan', articleDescription: null },
  {
    kind: 'statistic',
    start: stat[0],
    end: stat[1],
    text: '409,000',
    entityId: null,
    value: 409000,
    valueHigh: null,
    unit: 'count',
    qualifier: null,
    counts: 'removals',
    comparison: { seriesId: 'dhs:removals', period: 'FY2013', officialValue: 432281, differencePercent: -5.4, periodReason: 'record year' },
  },
];

const CARDS: Record<string, EntityCard> = {
  'cur:thomas-homan': {
    kind: 'person',
    id: 'cur:thomas-homan',
    name: 'Thomas Homan',
    formalName: null,
    role: 'White House border czar',
    roleIsCurrent: true,
    party: null,
    state: null,
    roleDates: '2025–present',
    birthYear: 1961,
    summary: 'Career immigration officer who led ICE in 2017–2018.',
    otherRoles: ['Acting director of ICE (2017–2018)'],
    roles: [
      { label: 'White House border czar', start: '2025-01-20', end: null, current: true, acting: false, party: null, asOf: '2025-06' },
      { label: 'Director of ICE', start: '2017-01-30', end: '2018-06-29', current: false, acting: true, party: null, asOf: '2025-06' },
    ],
    caveat: null,
    sources: [{ publisher: 'U.S. Department of Homeland Security', url: 'https://www.dhs.gov/', asOf: '2025-06' }],
  },
  'usc:8:1324': {
    kind: 'statute',
    id: 'usc:8:1324',
    citation: '8 U.S.C. § 1324',
    title: 'Title 8 — Aliens and Nationality',
    heading: 'Bringing in and harboring certain aliens',
    summary: 'Makes smuggling, transporting and harboring people without status a crime.',
    penalties: ['Up to 5 years in prison per person harbored'],
    popularNames: [],
    related: [{ id: 'act:ina', citation: 'INA § 274', label: 'Immigration and Nationality Act' }],
    officialUrl: 'javascript:alert(1)',
    sources: [],
  },
  'dhs:removals': {
    kind: 'series',
    id: 'dhs:removals',
    name: 'Removals of noncitizens',
    unitLabel: 'removals',
    periodLabel: 'Fiscal year',
    record: { period: 'FY2013', value: 432281 },
    latest: { period: 'FY2019', value: 359885 },
    unit: 'count',
    values: { FY2011: 391_000, FY2012: 418_000, FY2013: 432281, FY2019: 359885 },
    note: null,
    sources: [{ publisher: 'DHS Yearbook of Immigration Statistics', url: 'https://www.dhs.gov/immigration-statistics/yearbook', asOf: '2019' }],
  },
};

function setUp(): { annotator: Annotator; registry: ReturnType<typeof fakePainter>['registry']; button: HTMLButtonElement } {
  document.body.innerHTML = `<button id="before">before</button><p>${TEXT}</p>`;
  const { registry, painter } = fakePainter();
  const annotator = new Annotator(document, painter, loadCard);
  annotator.show(singleNodeIndex(document.querySelector('p')!), MENTIONS, CARDS, new Set(['person', 'statute', 'statistic']));
  return { annotator, registry, button: document.getElementById('before') as HTMLButtonElement };
}

const loadCard = (): Promise<ReturnType<typeof createCardHost>> => Promise.resolve(createCardHost(document));

/** Lets the card UI's (immediate) load settle, as it would after its first use on a page. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function dialog(): HTMLElement | null {
  const host = document.querySelector('footnote-ui');
  return (host?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null) ?? null;
}

// jsdom does no layout: no scrolling and no geometry, which the card's positioning asks for.
Element.prototype.scrollIntoView = function scrollIntoView(): void {};
Range.prototype.getBoundingClientRect = function getBoundingClientRect(): DOMRect {
  return new DOMRect(0, 0, 0, 0);
};
Range.prototype.getClientRects = function getClientRects(): DOMRectList {
  return [] as unknown as DOMRectList;
};

describe('annotator', () => {
  let current: Annotator | null = null;
  afterEach(() => {
    current?.destroy();
    current = null;
  });

  it('paints each kind and lists the marks for the popup, labelled by entity', () => {
    const { annotator, registry } = setUp();
    current = annotator;
    expect(registry.strings('footnote-person')).toEqual(['Thomas Homan', 'Mr. Homan']);
    expect(annotator.summaries().map((s) => [s.kind, s.text, s.label])).toEqual([
      ['person', 'Thomas Homan', 'Thomas Homan'],
      ['statute', '8 U.S.C. 1324', '8 U.S.C. § 1324'],
      ['person', 'Mr. Homan', 'Thomas Homan'],
      ['statistic', '409,000', '409,000'],
    ]);
  });

  it('paints only the kinds switched on', () => {
    document.body.innerHTML = `<p>${TEXT}</p>`;
    const { registry, painter } = fakePainter();
    current = new Annotator(document, painter, loadCard);
    current.show(singleNodeIndex(document.querySelector('p')!), MENTIONS, CARDS, new Set(['statute']));
    expect([...registry.keys()]).toEqual(['footnote-statute']);
  });

  it('opens a person card as a named dialog and gives focus back on Escape', async () => {
    const { annotator, button } = setUp();
    current = annotator;
    button.focus();
    expect(annotator.reveal(2)).toBe(true);
    await settle();
    const card = dialog()!;
    expect(card.hidden).toBe(false);
    expect(card.getAttribute('aria-label')).toBe('Thomas Homan');
    expect(card.textContent).toContain('White House border czar (2025–present)');
    expect(card.textContent).toContain('Mentioned 2 times in this article.');
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(card.hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it('shows the statute card without an unsafe link', async () => {
    const { annotator } = setUp();
    current = annotator;
    annotator.reveal(1);
    await settle();
    const card = dialog()!;
    expect(card.getAttribute('aria-label')).toBe('8 U.S.C. § 1324');
    expect(card.textContent).toContain('Bringing in and harboring certain aliens');
    expect(card.textContent).toContain('INA § 274 — Immigration and Nationality Act');
    expect(card.textContent).toContain('Copy citation');
    expect(card.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('compares a statistic with the official series', async () => {
    const { annotator } = setUp();
    current = annotator;
    annotator.reveal(3);
    await settle();
    const card = dialog()!;
    expect(card.getAttribute('aria-label')).toBe('409,000 — Removals of noncitizens');
    expect(card.textContent).not.toContain('Value:');
    expect(card.textContent).toContain('409,000 removals');
    expect(card.textContent).toContain('Official figure, FY2013: 432,281 removals');
    expect(card.textContent).toContain('5.4% lower than the official figure');
  });

  it('steps through marks by keyboard and opens the focused one with Enter', async () => {
    const { annotator, registry } = setUp();
    current = annotator;
    annotator.step(1);
    annotator.step(1);
    expect(registry.strings('footnote-focus')).toEqual(['8 U.S.C. 1324']);
    annotator.step(-1);
    annotator.step(-1);
    expect(registry.strings('footnote-focus')).toEqual(['409,000']);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle();
    expect(dialog()!.getAttribute('aria-label')).toContain('409,000');
  });

  it('keeps a card shut that finishes loading after Escape', async () => {
    document.body.innerHTML = `<p>${TEXT}</p>`;
    const { painter } = fakePainter();
    let finishLoading: () => void = () => undefined;
    const slowLoad = (): Promise<ReturnType<typeof createCardHost>> =>
      new Promise((resolve) => {
        finishLoading = () => resolve(createCardHost(document));
      });
    current = new Annotator(document, painter, slowLoad);
    current.show(singleNodeIndex(document.querySelector('p')!), MENTIONS, CARDS, new Set(['person', 'statute', 'statistic']));
    current.reveal(0);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    finishLoading();
    await settle();
    expect(dialog()?.hidden ?? true).toBe(true);
  });

  it('leaves the page as it was after clear, and can show a card again', async () => {
    const { annotator, registry } = setUp();
    current = annotator;
    const before = document.body.innerHTML;
    annotator.reveal(0);
    await settle();
    annotator.clear();
    expect(document.querySelector('footnote-ui')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    expect(registry.size).toBe(0);
    annotator.show(singleNodeIndex(document.querySelector('p')!), MENTIONS, CARDS, new Set(['person', 'statute', 'statistic']));
    annotator.reveal(1);
    await settle();
    expect(dialog()?.getAttribute('aria-label')).toBe('8 U.S.C. § 1324');
  });

  it('leaves the page as it was after destroy', async () => {
    const { annotator, registry } = setUp();
    const before = document.body.innerHTML;
    annotator.reveal(0);
    await settle();
    annotator.destroy();
    expect(document.querySelector('footnote-ui')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    expect(registry.size).toBe(0);
  });
});
