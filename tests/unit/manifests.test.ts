import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_ID, manifestFor, type ManifestJson } from '../../scripts/lib/manifests';
import { REPO_ROOT } from '../../scripts/lib/paths';

const source = JSON.parse(readFileSync(path.join(REPO_ROOT, 'manifest.json'), 'utf8')) as ManifestJson;

describe('manifests from one source', () => {
  it('gives Chrome a service worker and Firefox an event page with gecko settings', () => {
    const chrome = manifestFor(source, 'chrome', { includeLoopback: true });
    const firefox = manifestFor(source, 'firefox', { includeLoopback: true });
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: FIREFOX_EXTENSION_ID, strict_min_version: '146.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '146.0' },
    });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('asks only for storage, activeTab, scripting and the curated hosts', () => {
    const chrome = manifestFor(source, 'chrome', { includeLoopback: false });
    expect(chrome.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    expect(chrome.host_permissions).toContain('https://*.apnews.com/*');
    expect(chrome.host_permissions.every((pattern) => pattern.startsWith('https://*.'))).toBe(true);
    expect(chrome.content_scripts[0]?.matches).toEqual(chrome.host_permissions);
  });

  it('adds loopback hosts only to the unpacked build used by the demo and tests', () => {
    expect(manifestFor(source, 'chrome', { includeLoopback: true }).host_permissions).toContain('http://127.0.0.1/*');
    expect(manifestFor(source, 'firefox', { includeLoopback: false }).host_permissions).not.toContain('http://127.0.0.1/*');
  });
});
