/**
 * The card UI as its own script (card-ui.js). The background injects it into a tab's content-script
 * world the first time a reader reaches for a card, so pages that never open one never load it.
 */
import { createCardHost } from '../page/card/card-host';
import { CARD_UI_GLOBAL, type CardUiGlobal } from './card-ui-global';

(globalThis as CardUiGlobal)[CARD_UI_GLOBAL] = { createCardHost };
