/** The card UI shows exactly the lines of the card view model, so `scan --cards` tests the UI too. */
import { describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../src/core/types';
import { buildCardView } from '../../src/knowledge/card-view';
import { cardViewText, type CardView } from '../../src/knowledge/card-view-model';
import type { EntityCard } from '../../src/knowledge/entity-card';
import { renderCardView } from '../../src/page/card/card-content';

const NOW = new Date(Date.UTC(2026, 11, 1));

const CARDS: Record<string, EntityCard> = {
  'p:1': {
    kind: 'person', id: 'p:1', name: 'Ada Example', formalName: 'Adaline B. Example', role: 'Governor', roleIsCurrent: false, party: 'Independent', state: 'Ohio', roleDates: '2001–2005',
    birthYear: 1950, summary: 'Former governor.', otherRoles: [], caveat: 'Data may be stale.',
    roles: [
      { label: 'Governor of Ohio', start: '2001-01-01', end: '2005-01-01', current: false, acting: false, party: 'Independent', asOf: '2024-01' },
      { label: 'Mayor of Dayton', start: '1995-01-01', end: '2000-12-31', current: false, acting: false, party: null, asOf: '2024-01' },
    ],
    sources: [{ publisher: 'Example Registry', url: 'https://example.org/a', asOf: '2024-01', title: 'Officeholders' }],
  },
  's:1': {
    kind: 'series', id: 's:1', name: 'Jobless rate', unitLabel: 'percent', periodLabel: 'Year', record: null, latest: null, unit: 'percent',
    values: { '2020': 0.081, '2021': 0.054, '2022': 0.036, '2023': 0.036, '2024': 0.04 }, note: 'Annual averages.',
    sources: [{ publisher: 'Statistics Office', url: 'https://example.gov/jobs', asOf: '2025-01' }],
  },
  'usc:1:1': {
    kind: 'statute', id: 'usc:1:1', citation: '1 U.S.C. § 1', title: 'Title 1 — General Provisions', heading: 'Words denoting number', summary: null,
    penalties: ['None'], popularNames: ['Dictionary Act'], related: [{ id: 'act:x', citation: 'X § 1', label: 'Example Act § 1' }],
    officialUrl: 'https://example.gov/1', sources: [],
  },
};

const MENTIONS: Mention[] = [
  { kind: 'person', start: 0, end: 11, text: 'Ada Example', entityId: 'p:1', personKey: 'p:1', articleDescription: 'the former governor' },
  { kind: 'statistic', start: 20, end: 31, text: '4.0 percent', entityId: 's:1', value: 0.04, valueHigh: null, unit: 'percent', qualifier: null, counts: null,
    comparison: { seriesId: 's:1', period: '2024', officialValue: 0.04, differencePercent: 0, periodReason: 'in 2024' } },
  { kind: 'statute', start: 40, end: 50, text: '1 U.S.C. 1', entityId: 'usc:1:1', citation: '1 U.S.C. § 1' },
];

/** The text of every line element, in order, as a reader meets them. */
function renderedLines(root: HTMLElement): string[] {
  return Array.from(root.querySelectorAll('h2, h3, p, li, figcaption'), (node) => node.textContent);
}

function viewFor(mention: Mention): CardView {
  return buildCardView({ mention, cards: CARDS, mentions: MENTIONS, articleDate: '2003-04-01', now: NOW });
}

describe('rendering the card view', () => {
  it.each(MENTIONS.map((m) => [m.kind, m] as const))('shows the %s card’s lines and nothing else', (_kind, mention) => {
    const view = viewFor(mention);
    const root = renderCardView(document, view);
    expect([view.kindLabel, ...renderedLines(root)].join('\n')).toBe(cardViewText(view));
  });

  it('draws the sparkline with SVG elements and marks the article’s period', () => {
    const root = renderCardView(document, viewFor(MENTIONS[1]!));
    const chart = root.querySelector('svg')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toContain('Jobless rate');
    expect(chart.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(5);
    expect(chart.querySelectorAll('circle')).toHaveLength(1);
  });

  it('copies the citation and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = renderCardView(document, viewFor(MENTIONS[2]!));
    root.querySelector<HTMLButtonElement>('button.copy')!.click();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')!.textContent).toBe('Citation copied'));
    expect(writeText).toHaveBeenCalledWith('1 U.S.C. § 1');
  });

  it('leads a past officeholder’s card with the role held on the article’s date', () => {
    expect(viewFor(MENTIONS[0]!).headline).toBe('Governor of Ohio (2001–2005)');
    expect(cardViewText(viewFor(MENTIONS[0]!))).toContain('Role data as of January 2024; may have changed.');
  });
});
