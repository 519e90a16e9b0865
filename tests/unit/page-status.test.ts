/** The popup's one sentence on why a page shows what it shows. */
import { describe, expect, it } from 'vitest';
import { PAGE_STATES, type PageMentionsReply } from '../../src/extension/messages';
import { pageStatusSentence } from '../../src/extension/popup/page-status';

function reply(overrides: Partial<PageMentionsReply>): PageMentionsReply {
  return { state: 'marked', error: null, truncated: false, mentions: [], ...overrides };
}

describe('the page status sentence', () => {
  it('says something different for every state', () => {
    const sentences = PAGE_STATES.map((state) => pageStatusSentence(reply({ state })));
    expect(new Set(sentences).size).toBe(PAGE_STATES.length);
  });

  it('counts the marks, notes a cut article, and gives the reason of a failure', () => {
    const mentions = [{ index: 0, kind: 'person' as const, text: 'Noem', label: 'Kristi Noem' }];
    expect(pageStatusSentence(reply({ mentions }))).toBe('1 marked term.');
    expect(pageStatusSentence(reply({ mentions, truncated: true }))).toMatch(/^1 marked term\. .*only its beginning/);
    expect(pageStatusSentence(reply({ mentions: [...mentions, { ...mentions[0]!, index: 1 }] }))).toBe('2 marked terms.');
    expect(pageStatusSentence(reply({ state: 'error', error: 'boom' }))).toContain('boom');
    expect(pageStatusSentence(reply({ state: 'background-unreachable', error: 'no answer in 5000 ms' }))).toContain('no answer in 5000 ms');
  });
});
