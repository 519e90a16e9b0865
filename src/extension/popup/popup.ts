/**
 * The toolbar popup: what this page marks (grouped by kind, one row per entity, click to go
 * there), or why nothing is marked and what to do about it; switches that apply live through
 * storage; the knowledge file's date. `popup.html?tab=N` shows the popup for tab N (used when it
 * is opened as a page, e.g. pinned in a tab or in the browser tests).
 */
import browser from 'webextension-polyfill';
import { formatInteger, formatIsoDate, message, uiLocale, type MessageName } from '../../i18n';
import { KINDS, kindInkRules } from '../../kinds';
import { POPUP_CATCH_UP_ATTEMPTS, POPUP_CATCH_UP_WAIT_MS } from '../../constants';
import { log } from '../log';
import { sendToBackground, sendToTab } from '../message-channel';
import { BACKGROUND_PROTOCOL, type PageMentionsReply } from '../messages';
import { withSiteEnabled, type Settings } from '../settings';
import { loadSettings, saveSettings } from '../settings-store';
import { originPattern } from '../site-registration';
import { entityCount } from './popup-entities';
import { renderEntityList } from './popup-list';
import { stateFromPage, stateFromSettings, type PageState } from './popup-state';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`popup.html lacks #${id} of the expected kind`);
  return node;
}

function localizeDocument(): void {
  document.documentElement.lang = uiLocale();
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = message(node.dataset.i18n as MessageName);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(kindInkRules());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

async function targetTab(): Promise<browser.Tabs.Tab | null> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

function hostOf(tab: browser.Tabs.Tab | null): string | null {
  try {
    const url = new URL(tab?.url ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}

function emptyStateText(state: Exclude<PageState, { reason: 'found' }>): string {
  switch (state.reason) {
    case 'not-web-page':
      return message('popupStatusNotWebPage');
    case 'off-everywhere':
      return message('popupStatusOffEverywhere');
    case 'off-for-site':
      return message('popupStatusOffForSite', state.host);
    case 'not-running':
      return message('popupStatusNotRunning', state.host);
    case 'starting':
      return message('popupStatusStarting');
    case 'not-article':
      return message('popupStatusNotArticle');
    case 'not-english':
      return message('popupStatusNotEnglish');
    case 'all-kinds-off':
      return message('popupStatusAllKindsOff');
    case 'no-matches':
      return message('popupStatusNoMatches');
    case 'unreachable':
      return message('popupStatusUnreachable', state.error ?? message('popupNoAnswer'));
    case 'failed':
      return message('popupStatusFailed', state.error ?? message('popupUnknownError'));
  }
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const node = document.createElement('p');
  node.className = className;
  node.textContent = text;
  return node;
}

/** The note that only the beginning of a very long article was read, where it applies. */
function truncatedNote(state: PageState): HTMLParagraphElement[] {
  return 'truncated' in state && state.truncated ? [paragraph('summary', message('popupTruncated'))] : [];
}

interface PopupActions {
  readonly turnOn: () => void;
  readonly turnOnForSite: () => void;
  readonly enableSite: () => void;
  readonly annotateAnyway: () => void;
  readonly reveal: (index: number) => void;
}

function actionButton(label: string, onClick: () => void, id?: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  if (id !== undefined) button.id = id;
  button.textContent = label;
  button.addEventListener('click', onClick);
  return button;
}

/** The one thing the reader can do about an empty state, when there is one. */
function emptyStateAction(state: PageState, actions: PopupActions): HTMLButtonElement | null {
  switch (state.reason) {
    case 'off-everywhere':
      return actionButton(message('popupTurnOn'), actions.turnOn);
    case 'off-for-site':
      return actionButton(message('popupTurnOnForSite'), actions.turnOnForSite);
    case 'not-running':
      return actionButton(message('popupEnableSite'), actions.enableSite);
    case 'not-article':
      return actionButton(message('popupAnnotateAnyway'), actions.annotateAnyway, 'annotate-anyway');
    default:
      return null;
  }
}

function showState(state: PageState, actions: PopupActions): void {
  const status = byId('page-status', HTMLDivElement);
  const list = byId('found-list', HTMLDivElement);
  const actionSlot = byId('page-actions', HTMLDivElement);
  document.body.dataset.state = state.reason;
  if (state.reason === 'found') {
    const summary = paragraph('summary', message('popupSummary', formatInteger(entityCount(state.groups)), formatInteger(state.mentionCount)));
    status.replaceChildren(summary, ...truncatedNote(state));
    actionSlot.replaceChildren();
    renderEntityList(list, state.groups, actions.reveal);
    return;
  }
  status.replaceChildren(paragraph('empty', emptyStateText(state)), ...truncatedNote(state));
  const action = emptyStateAction(state, actions);
  actionSlot.replaceChildren(...(action ? [action] : []));
  list.replaceChildren();
}

/** A switch just turned Footnote on: the tab may not have caught up yet, so it is asked again for a moment. */
async function askPage(tabId: number): Promise<PageMentionsReply> {
  for (let attempt = 1; ; attempt++) {
    const page = await sendToTab(tabId, 'footnote:page-mentions', {});
    const catchingUp = page.state === 'starting' || page.state === 'off-everywhere' || page.state === 'off-for-site';
    if (!catchingUp || attempt >= POPUP_CATCH_UP_ATTEMPTS) return page;
    await new Promise((resolve) => setTimeout(resolve, POPUP_CATCH_UP_WAIT_MS));
  }
}

async function pageState(tab: browser.Tabs.Tab | null, settings: Settings): Promise<PageState> {
  const host = hostOf(tab);
  const fromSettings = stateFromSettings(host, settings);
  if (fromSettings || !tab?.id || host === null) return fromSettings ?? { reason: 'not-web-page' };
  let page: PageMentionsReply | null;
  try {
    page = await askPage(tab.id);
  } catch (error) {
    // No content script answers: the site is outside the news list and was never enabled.
    log.warn('the page did not answer:', error);
    page = null;
  }
  return stateFromPage(host, settings, page);
}

function kindSwitches(onChange: (kind: (typeof KINDS)[number]['kind'], on: boolean) => void): HTMLInputElement[] {
  const fieldset = byId('kind-switches', HTMLFieldSetElement);
  return KINDS.map((definition) => {
    const label = document.createElement('label');
    label.className = 'kind';
    label.dataset.kind = definition.kind;
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.dataset.kind = definition.kind;
    box.addEventListener('change', () => onChange(definition.kind, box.checked));
    const text = document.createElement('span');
    text.textContent = message(definition.pluralMessage);
    label.append(box, text);
    fieldset.append(label);
    return box;
  });
}

async function main(): Promise<void> {
  localizeDocument();
  let settings = await loadSettings();
  const tab = await targetTab();
  const host = hostOf(tab);
  const enabled = byId('enabled', HTMLInputElement);
  const siteEnabled = byId('site-enabled', HTMLInputElement);
  byId('site-name', HTMLSpanElement).textContent = host ?? '';
  byId('site-switch-label', HTMLSpanElement).textContent = message('popupSiteSwitch', host ?? message('popupThisSite'));
  siteEnabled.disabled = host === null;

  const render = (): void => {
    enabled.checked = settings.enabled;
    siteEnabled.checked = host !== null && !settings.disabledSites.includes(host);
    for (const box of kindBoxes) box.checked = settings.kinds[box.dataset.kind as keyof Settings['kinds']];
  };
  let latestRefresh = 0;
  /** Only the newest answer is shown: an older, slower one must not overwrite it. */
  const refresh = async (): Promise<void> => {
    const ticket = ++latestRefresh;
    const state = await pageState(tab, settings);
    if (ticket === latestRefresh) showState(state, actions);
  };
  const refreshNow = (): void => {
    refresh().catch(log.failure('Showing the page'));
  };
  const update = async (next: Settings): Promise<void> => {
    settings = next;
    render();
    await saveSettings(settings);
    await refresh();
  };
  const change = (next: Settings): void => {
    update(next).catch(log.failure('Applying the switch'));
  };
  const actions: PopupActions = {
    turnOn: () => change({ ...settings, enabled: true }),
    turnOnForSite: () => {
      if (host) change(withSiteEnabled(settings, host, true));
    },
    enableSite: () => {
      if (!tab?.id || !tab.url) return;
      const tabId = tab.id;
      const origin = new URL(tab.url).origin;
      // The permission request must run straight from the click, before any other await.
      browser.permissions
        .request({ origins: [originPattern(origin)] })
        .then(async (granted) => {
          if (!granted) return;
          await sendToBackground('footnote:enable-site', { origin, tabId });
          await refresh();
        })
        .catch(log.failure('Enabling Footnote on this site'));
    },
    annotateAnyway: () => {
      if (!tab?.id) return;
      sendToTab(tab.id, 'footnote:annotate-anyway', {}).then(() => refresh(), log.failure('Annotating the page anyway'));
    },
    reveal: (index) => {
      if (!tab?.id) return;
      sendToTab(tab.id, 'footnote:reveal-mention', { index }).then(() => window.close(), log.failure('Going to the mark'));
    },
  };
  const kindBoxes = kindSwitches((kind, on) => change({ ...settings, kinds: { ...settings.kinds, [kind]: on } }));

  enabled.addEventListener('change', () => change({ ...settings, enabled: enabled.checked }));
  siteEnabled.addEventListener('change', () => {
    if (host) change(withSiteEnabled(settings, host, siteEnabled.checked));
  });

  // The tab repaints on its own after a switch changes; each finished scan reports its mark
  // count (to the background, and to us), which is when the list is worth asking for again.
  // The popup only overhears it: the background answers it, so this listener returns nothing.
  const isMarkCount = BACKGROUND_PROTOCOL['footnote:mark-count'].request;
  const onTabScanned = (request: unknown, sender: browser.Runtime.MessageSender): undefined => {
    if (isMarkCount(request) && sender.tab?.id === tab?.id) refreshNow();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onTabScanned);

  render();
  await refresh();
  const info = await sendToBackground('footnote:knowledge-info', {});
  byId('knowledge-date', HTMLParagraphElement).textContent = message('popupKnowledgeAsOf', formatIsoDate(info.asOf));
}

main().catch(log.failure('Opening the popup'));
