/** Why the popup lists nothing: one reason per case, decided from settings and the tab's answer. */
import { describe, expect, it } from 'vitest';
import { PAGE_STATES, type PageMentionSummary, type PageMentionsReply } from '../../src/extension/messages';
import { groupEntities, filterGroups, entityCount } from '../../src/extension/popup/popup-entities';
import { stateFromPage, stateFromSettings } from '../../src/extension/popup/popup-state';
import { DEFAULT_SETTINGS, withSiteEnabled } from '../../src/extension/settings';
import { KIND_ORDER, perKind } from '../../src/kinds';

const mention = (index: number, kind: PageMentionSummary['kind'], entityKey: string, label: string, text = label): PageMentionSummary => ({
  index,
  kind,
  entityKey,
  label,
  text,
});

const page = (overrides: Partial<PageMentionsReply>): PageMentionsReply => ({ state: 'marked', error: null, truncated: false, mentions: [], ...overrides });

describe('popup state', () => {
  it('names the reason nothing is marked', () => {
    expect(stateFromSettings(null, DEFAULT_SETTINGS)).toEqual({ reason: 'not-web-page' });
    expect(stateFromSettings('a.example', { ...DEFAULT_SETTINGS, enabled: false })).toEqual({ reason: 'off-everywhere' });
    expect(stateFromSettings('a.example', withSiteEnabled(DEFAULT_SETTINGS, 'a.example', false))).toEqual({ reason: 'off-for-site', host: 'a.example' });
    expect(stateFromSettings('a.example', DEFAULT_SETTINGS)).toBeNull();
    expect(stateFromPage('a.example', DEFAULT_SETTINGS, null)).toEqual({ reason: 'not-running', host: 'a.example' });
    expect(stateFromPage('a.example', DEFAULT_SETTINGS, page({ state: 'not-an-article' }))).toEqual({ reason: 'not-article' });
    expect(stateFromPage('a.example', DEFAULT_SETTINGS, page({ state: 'no-matches' }))).toEqual({ reason: 'no-matches', truncated: false });
    const allOff = { ...DEFAULT_SETTINGS, kinds: perKind(() => false) };
    expect(stateFromPage('a.example', allOff, page({ state: 'no-matches' }))).toEqual({ reason: 'all-kinds-off' });
  });

  it('maps every page state the tab reports, keeping its error and the cut-article note', () => {
    const reasons = PAGE_STATES.map((state) => stateFromPage('a.example', DEFAULT_SETTINGS, page({ state })).reason);
    expect(reasons).toEqual(['starting', 'starting', 'starting', 'not-article', 'not-english', 'no-matches', 'no-matches', 'unreachable', 'failed']);
    expect(stateFromPage('a.example', DEFAULT_SETTINGS, page({ state: 'error', error: 'boom' }))).toEqual({ reason: 'failed', error: 'boom' });
    expect(stateFromPage('a.example', DEFAULT_SETTINGS, page({ state: 'background-unreachable', error: 'no answer in 5000 ms' }))).toEqual({
      reason: 'unreachable',
      error: 'no answer in 5000 ms',
    });
    const found = stateFromPage('a.example', DEFAULT_SETTINGS, page({ state: 'marked', truncated: true, mentions: [mention(0, 'person', 'p:1', 'Jane Roe')] }));
    expect(found).toMatchObject({ reason: 'found', mentionCount: 1, truncated: true });
  });

  it('groups by kind in registry order, one row per entity key, most mentioned first', () => {
    const mentions = [
      mention(0, 'statistic', 'statistic:5', '5'),
      mention(1, 'person', 'p:1', 'Jane Roe', 'Sen. Jane Roe'),
      mention(2, 'person', 'p:2', 'John Doe'),
      mention(3, 'person', 'p:1', 'Jane Roe', 'Roe'),
      mention(4, 'person', 'person:smith', 'Smith'),
      mention(5, 'person', 'person:smith', 'Ann Smith'),
    ];
    const groups = groupEntities(mentions);
    expect(groups.map((group) => group.kind)).toEqual(KIND_ORDER.filter((kind) => kind !== 'statute'));
    const people = groups[0]!.entities;
    expect(people.map((entity) => [entity.label, entity.indexes])).toEqual([
      ['Jane Roe', [1, 3]],
      ['Ann Smith', [4, 5]],
      ['John Doe', [2]],
    ]);
    expect(people[0]!.otherSpellings).toEqual(['Sen. Jane Roe', 'Roe']);
    expect(entityCount(groups)).toBe(4);
  });

  it('filters on names and the article spellings, ignoring case and accents', () => {
    const groups = groupEntities([mention(0, 'person', 'p:1', 'Bernard Sanders', 'Bernie Sanders'), mention(1, 'person', 'p:2', 'José Díaz')]);
    expect(entityCount(filterGroups(groups, 'BERNIE'))).toBe(1);
    expect(filterGroups(groups, 'jose diaz')[0]!.entities[0]!.label).toBe('José Díaz');
    expect(filterGroups(groups, 'nobody')).toEqual([]);
    expect(filterGroups(groups, '  ')).toEqual(groups);
  });
});
