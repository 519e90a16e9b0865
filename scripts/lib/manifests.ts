import { LOOPBACK_MATCH_PATTERNS, newsSiteMatchPatterns } from '../../src/extension/news-sites';

export type ManifestJson = Record<string, unknown> & {
  background: Record<string, unknown>;
  content_scripts: Array<Record<string, unknown> & { matches: string[] }>;
  host_permissions: string[];
};

export type BrowserTarget = 'chrome' | 'firefox';

export const FIREFOX_EXTENSION_ID = 'footnote@footnote-extension.org';
/**
 * Our marks are `::highlight()` underlines: Firefox has the Highlight API since 140 but paints
 * `text-decoration` in `::highlight()` only from 146 (below that the marks would be invisible
 * underlines). Everything else we use is older (`data_collection_permissions` 142,
 * `scripting.registerContentScripts` 102). Firefox for Android shares the engine and the versions.
 */
export const FIREFOX_MIN_VERSION = '146.0';
export const FIREFOX_ANDROID_MIN_VERSION = '146.0';

export interface ManifestOptions {
  /** Store packages leave out the loopback hosts the demo and tests use. */
  readonly includeLoopback: boolean;
}

export function manifestFor(source: ManifestJson, target: BrowserTarget, options: ManifestOptions): ManifestJson {
  const matches = [...newsSiteMatchPatterns(), ...(options.includeLoopback ? LOOPBACK_MATCH_PATTERNS : [])];
  const manifest: ManifestJson = structuredClone(source);
  manifest.host_permissions = matches;
  manifest.content_scripts = manifest.content_scripts.map((script) => ({ ...script, matches }));
  if (target === 'firefox') {
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = {
      gecko: {
        id: FIREFOX_EXTENSION_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    };
  }
  return manifest;
}
