/**
 * Background (service worker on Chrome, event page on Firefox): holds the knowledge index, answers
 * tabs, keeps the badge and icon in step with the settings, forwards keyboard shortcuts.
 * Listeners are registered synchronously so a woken worker receives the event that woke it.
 */
import browser from 'webextension-polyfill';
import { CARD_UI_FILE } from './card-ui-global';
import { log } from './log';
import { listenFor, sendToTab } from './message-channel';
import { BACKGROUND_PROTOCOL } from './messages';
import { knowledgeInfo, preloadKnowledge, recognizeText } from './knowledge-service';
import { migrateSettings, SETTINGS_STORAGE_KEY } from './settings';
import { loadSettings } from './settings-store';
import { disableSites, enableSite } from './site-registration';

const ICON_SIZES = [16, 32] as const;

function iconPaths(on: boolean): Record<string, string> {
  const suffix = on ? '' : '-off';
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/footnote-${size}${suffix}.png`]));
}

async function showEnabled(on: boolean): Promise<void> {
  await browser.action.setIcon({ path: iconPaths(on) });
}

browser.runtime.onMessage.addListener(
  listenFor(
    BACKGROUND_PROTOCOL,
    {
      'footnote:recognize': (request) => recognizeText(request.text, request.options),
      'footnote:knowledge-info': () => knowledgeInfo(),
      'footnote:mark-count': async (request, sender) => {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await browser.action.setBadgeText({ tabId, text: request.count > 0 ? String(request.count) : '' });
      },
      'footnote:enable-site': (request) => enableSite(request.origin, request.tabId),
      'footnote:inject-card-ui': async (_request, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return false;
        await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CARD_UI_FILE] });
        return true;
      },
    },
    'the background',
  ),
);

browser.commands.onCommand.addListener((command: string) => {
  const direction = command === 'next-mark' ? 1 : command === 'previous-mark' ? -1 : 0;
  if (direction === 0) return;
  browser.tabs
    .query({ active: true, currentWindow: true })
    .then(async ([tab]) => {
      if (tab?.id !== undefined) await sendToTab(tab.id, 'footnote:step-mark', { direction });
    })
    // A tab without Footnote (a browser page, a site it does not run on) has nothing to step through.
    .catch(log.failure('Forwarding the mark shortcut'));
});

browser.permissions.onRemoved.addListener((removed) => {
  disableSites(removed.origins ?? []).catch(log.failure('Unregistering a revoked site'));
});

browser.storage.onChanged.addListener((changes, area) => {
  const change = changes[SETTINGS_STORAGE_KEY];
  if (area === 'local' && change) showEnabled(migrateSettings(change.newValue).enabled).catch(log.failure('Updating the toolbar icon'));
});

browser.runtime.onStartup.addListener(() => {
  loadSettings()
    .then((settings) => showEnabled(settings.enabled))
    .catch(log.failure('Updating the toolbar icon'));
});

browser.action.setBadgeBackgroundColor({ color: '#1d4ed8' }).catch(log.failure('Colouring the badge'));
// Whatever woke the worker, a tab is about to need the index: start loading it now.
preloadKnowledge();
