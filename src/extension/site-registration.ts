/**
 * "Enable on this site": once the user grants a host, Footnote's content script is registered for
 * it (surviving restarts) and injected into the open tab at once. When the user takes the grant
 * back (in the browser's extension settings), the registration goes with it.
 */
import browser from 'webextension-polyfill';

const CONTENT_FILES = { js: ['content.js'], css: ['highlights.css'] };

export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

function scriptId(pattern: string): string {
  return `footnote-site:${pattern}`;
}

export async function enableSite(origin: string, tabId: number): Promise<void> {
  const pattern = originPattern(origin);
  const id = scriptId(pattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], ...CONTENT_FILES, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  await browser.scripting.insertCSS({ target: { tabId }, files: CONTENT_FILES.css });
  await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_FILES.js });
}

/** The registrations of revoked host grants (match patterns, as `permissions.onRemoved` gives them). */
export async function disableSites(patterns: readonly string[]): Promise<void> {
  const ids = patterns.map(scriptId);
  if (ids.length === 0) return;
  const registered = await browser.scripting.getRegisteredContentScripts({ ids });
  if (registered.length === 0) return;
  await browser.scripting.unregisterContentScripts({ ids: registered.map((script) => script.id) });
}
