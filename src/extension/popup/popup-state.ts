/**
 * Why the popup shows what it shows: the list of what is marked, or the one reason nothing is
 * (and what the reader can do about it). Pure, so every branch is tested without a browser.
 */
import type { PageMentionsResponse } from '../messages';
import { isActiveOnHost, type Settings } from '../settings';
import { groupEntities, type EntityGroup } from './popup-entities';

export type PageState =
  | { readonly reason: 'not-web-page' }
  | { readonly reason: 'off-everywhere' }
  | { readonly reason: 'off-for-site'; readonly host: string }
  /** No content script answers: the site is outside the news list and not enabled by the user. */
  | { readonly reason: 'not-running'; readonly host: string }
  | { readonly reason: 'not-article' }
  | { readonly reason: 'all-kinds-off' }
  | { readonly reason: 'no-matches' }
  | { readonly reason: 'found'; readonly groups: readonly EntityGroup[]; readonly mentionCount: number };

/** What settings alone decide, before the tab is asked; null when the tab must be asked. */
export function stateFromSettings(host: string | null, settings: Settings): PageState | null {
  if (host === null) return { reason: 'not-web-page' };
  if (!settings.enabled) return { reason: 'off-everywhere' };
  if (!isActiveOnHost(settings, host)) return { reason: 'off-for-site', host };
  return null;
}

/** The state once the tab has answered (`page`), or failed to (`null`: nothing listens there). */
export function stateFromPage(host: string, settings: Settings, page: PageMentionsResponse | null): PageState {
  if (page === null) return { reason: 'not-running', host };
  if (!page.articleFound) return { reason: 'not-article' };
  if (page.mentions.length === 0) {
    return Object.values(settings.kinds).some(Boolean) ? { reason: 'no-matches' } : { reason: 'all-kinds-off' };
  }
  return { reason: 'found', groups: groupEntities(page.mentions), mentionCount: page.mentions.length };
}
