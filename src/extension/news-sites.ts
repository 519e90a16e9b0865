/**
 * Where the content script runs without being asked: news publishers whose articles name the
 * people, laws and figures Footnote explains. Any other site is one click in the popup.
 */
export const NEWS_SITE_DOMAINS: readonly string[] = [
  'abcnews.go.com',
  'aljazeera.com',
  'apnews.com',
  'axios.com',
  'bbc.co.uk',
  'bbc.com',
  'bloomberg.com',
  'bostonglobe.com',
  'breitbart.com',
  'businessinsider.com',
  'cbsnews.com',
  'chicagotribune.com',
  'cnbc.com',
  'cnn.com',
  'dailycaller.com',
  'economist.com',
  'foxnews.com',
  'ft.com',
  'huffpost.com',
  'independent.co.uk',
  'latimes.com',
  'lawfaremedia.org',
  'motherjones.com',
  'msnbc.com',
  'nationalreview.com',
  'nbcnews.com',
  'newsweek.com',
  'npr.org',
  'nypost.com',
  'nytimes.com',
  'pbs.org',
  'politico.com',
  'propublica.org',
  'reuters.com',
  'rollcall.com',
  'scotusblog.com',
  'slate.com',
  'theatlantic.com',
  'theguardian.com',
  'thehill.com',
  'theintercept.com',
  'time.com',
  'usatoday.com',
  'vox.com',
  'washingtonpost.com',
  'washingtontimes.com',
  'wsj.com',
];

/**
 * Loopback pages are where the demo article and the browser tests are served. Nothing on them can
 * leave the machine; the store packages (`npm run package`) drop these patterns all the same.
 */
export const LOOPBACK_MATCH_PATTERNS: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

export function newsSiteMatchPatterns(): string[] {
  return NEWS_SITE_DOMAINS.map((domain) => `https://*.${domain}/*`);
}
