/**
 * Why the popup shows what it shows: the list of what is marked, or the one reason nothing is
 * (and what the reader can do about it), from the settings and the page state the tab reports
 * (`PAGE_STATES` in `messages.ts`). Pure, so every branch is tested without a browser.
 */
import type { PageMentionsReply } from '../messages';
import { isActiveOnHost, type Settings } from '../settings';
import { groupEntities, type EntityGroup } from './popup-entities';

export type PageState =
  | { readonly reason: 'not-web-page' }
  | { readonly reason: 'off-everywhere' }
  | { readonly reason: 'off-for-site'; readonly host: string }
  /** No content script answers: the site is outside the news list and not enabled by the user. */
  | { readonly reason: 'not-running'; readonly host: string }
  /** The tab has not finished its first scan, or has not yet heard of a switch just turned on. */
  | { readonly reason: 'starting' }
  | { readonly reason: 'not-article' }
  | { readonly reason: 'not-english' }
  | { readonly reason: 'all-kinds-off' }
  | { readonly reason: 'no-matches'; readonly truncated: boolean }
  | { readonly reason: 'unreachable'; readonly error: string | null }
  | { readonly reason: 'failed'; readonly error: string | null }
  | { readonly reason: 'found'; readonly groups: readonly EntityGroup[]; readonly mentionCount: number; readonly truncated: boolean };

/** What settings alone decide, before the tab is asked; null when the tab must be asked. */
export function stateFromSettings(host: string | null, settings: Settings): PageState | null {
  if (host === null) return { reason: 'not-web-page' };
  if (!settings.enabled) return { reason: 'off-everywhere' };
  if (!isActiveOnHost(settings, host)) return { reason: 'off-for-site', host };
  return null;
}

/**
 * The state once the tab has answered (`page`), or failed to (`null`: nothing listens there).
 * Only asked when the settings have Footnote on here, so a tab still reporting itself off has
 * not caught up with them yet.
 */
export function stateFromPage(host: string, settings: Settings, page: PageMentionsReply | null): PageState {
  if (page === null) return { reason: 'not-running', host };
  switch (page.state) {
    case 'starting':
    case 'off-everywhere':
    case 'off-for-site':
      return { reason: 'starting' };
    case 'not-an-article':
      return { reason: 'not-article' };
    case 'not-english':
      return { reason: 'not-english' };
    case 'background-unreachable':
      return { reason: 'unreachable', error: page.error };
    case 'error':
      return { reason: 'failed', error: page.error };
    case 'no-matches':
    case 'marked':
      break;
  }
  if (page.mentions.length === 0) {
    return Object.values(settings.kinds).some(Boolean) ? { reason: 'no-matches', truncated: page.truncated } : { reason: 'all-kinds-off' };
  }
  return { reason: 'found', groups: groupEntities(page.mentions), mentionCount: page.mentions.length, truncated: page.truncated };
}
