/** Where the lazily injected card UI (card-ui.js) leaves itself in the content-script world. */
import type { CardHost } from '../page/card/card-host';

export const CARD_UI_GLOBAL = '__footnoteCardUi';
export const CARD_UI_FILE = 'card-ui.js';

export interface CardUiModule {
  createCardHost(doc: Document): CardHost;
}

export type CardUiGlobal = typeof globalThis & { [CARD_UI_GLOBAL]?: CardUiModule };
