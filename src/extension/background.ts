/**
 * Background (service worker on Chrome, event page on Firefox): holds the knowledge index, answers
 * tabs, keeps the badge and icon in step with the settings, forwards keyboard shortcuts.
 * Listeners are registered synchronously so a woken worker receives the event that woke it.
 */
import browser from 'webextension-polyfill';
import { CARD_UI_FILE } from './card-ui-global';
import { isObjectWithType, type BackgroundRequest } from './messages';
import { knowledgeInfo, preloadKnowledge, recognizeText } from './knowledge-service';
import { migrateSettings, SETTINGS_STORAGE_KEY } from './settings';
import { loadSettings } from './settings-store';
import { enableSite } from './site-registration';

const ICON_SIZES = [16, 32] as const;

function iconPaths(on: boolean): Record<string, string> {
  const suffix = on ? '' : '-off';
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/footnote-${size}${suffix}.png`]));
}

async function showEnabled(on: boolean): Promise<void> {
  await browser.action.setIcon({ path: iconPaths(on) });
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isObjectWithType(message)) return undefined;
  const request = message as BackgroundRequest;
  switch (request.type) {
    case 'footnote:recognize':
      return recognizeText(request.text, request.publishedYear);
    case 'footnote:knowledge-info':
      return knowledgeInfo();
    case 'footnote:mark-count': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return browser.action.setBadgeText({ tabId, text: request.count > 0 ? String(request.count) : '' });
    }
    case 'footnote:enable-site':
      return enableSite(request.origin, request.tabId);
    case 'footnote:inject-card-ui': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [CARD_UI_FILE] }).then(() => true);
    }
    default:
      return undefined;
  }
});

browser.commands.onCommand.addListener((command: string) => {
  const direction = command === 'next-mark' ? 1 : command === 'previous-mark' ? -1 : 0;
  if (direction === 0) return;
  void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id !== undefined) {
      browser.tabs.sendMessage(tab.id, { type: 'footnote:step-mark', direction }).catch(() => undefined);
    }
  });
});

browser.storage.onChanged.addListener((changes, area) => {
  const change = changes[SETTINGS_STORAGE_KEY];
  if (area === 'local' && change) void showEnabled(migrateSettings(change.newValue).enabled);
});

browser.runtime.onStartup.addListener(() => {
  void loadSettings().then((settings) => showEnabled(settings.enabled));
});

void browser.action.setBadgeBackgroundColor({ color: '#1d4ed8' });
// Whatever woke the worker, a tab is about to need the index: start loading it now.
preloadKnowledge();
