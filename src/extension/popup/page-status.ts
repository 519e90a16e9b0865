/** The popup's one sentence on what Footnote did on the page, and why nothing is marked when nothing is. */
import type { PageMentionsReply } from '../messages';
import type { Settings } from '../settings';

/** Said without asking the tab: the settings decide, and the tab may not have heard of the change yet. */
export function offSentence(settings: Settings): string {
  return settings.enabled ? 'Annotations are off on this site.' : 'Annotations are off everywhere.';
}

export function pageStatusSentence(page: PageMentionsReply): string {
  const cut = page.truncated ? ' The article is very long: only its beginning was read.' : '';
  switch (page.state) {
    case 'starting':
      return 'Footnote is still reading this page.';
    case 'off-everywhere':
      return 'Annotations are off everywhere.';
    case 'off-for-site':
      return 'Annotations are off on this site.';
    case 'not-an-article':
      return 'No news article found on this page.';
    case 'no-matches':
      return `Nothing to explain in this article.${cut}`;
    case 'marked':
      return `${page.mentions.length} marked term${page.mentions.length === 1 ? '' : 's'}.${cut}`;
    case 'background-unreachable':
      return `Footnote could not reach its knowledge file (${page.error ?? 'no answer'}). Reload the page to try again.`;
    case 'error':
      return `Footnote could not mark this page: ${page.error ?? 'unknown error'}.`;
  }
}
