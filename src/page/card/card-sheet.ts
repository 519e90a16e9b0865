/**
 * The card on a narrow screen: docked to the bottom edge at full width, no taller than part of
 * the viewport (longer content scrolls inside it), with its mark scrolled clear above it.
 */
import { CARD_OFFSET_PX, CARD_SHEET_BELOW_VIEWPORT_PX, CARD_SHEET_MAX_HEIGHT_FRACTION } from '../../constants';

const SHEET_CLASS = 'sheet';

export const SHEET_CSS = `
.card.${SHEET_CLASS} { top: auto; left: 0; right: 0; bottom: 0; width: 100%; max-width: none; min-width: 0;
  max-height: ${CARD_SHEET_MAX_HEIGHT_FRACTION * 100}vh; border-radius: 12px 12px 0 0; border-width: 1px 0 0;
  padding-bottom: calc(12px + env(safe-area-inset-bottom, 0px)); overscroll-behavior: contain; }
`;

/** The width the page is laid out to be seen at; on a pinch-zoomed phone, the visual viewport's. */
function viewportWidth(win: Window): number {
  return win.visualViewport?.width ?? win.innerWidth;
}

/**
 * Docks `card` as a bottom sheet when the viewport is narrow and returns true; otherwise undocks
 * it and returns false so the caller places it beside its mark. With `revealAnchor` (when the card
 * opens, not as the reader scrolls afterwards) the page scrolls so the mark shows above the sheet.
 */
export function dockAsSheet(win: Window, card: HTMLElement, anchor: Range, revealAnchor: boolean): boolean {
  const narrow = viewportWidth(win) < CARD_SHEET_BELOW_VIEWPORT_PX;
  card.classList.toggle(SHEET_CLASS, narrow);
  if (!narrow) return false;
  card.style.removeProperty('left');
  card.style.removeProperty('top');
  card.style.removeProperty('max-height');
  if (!revealAnchor) return true;
  const markBottom = anchor.getBoundingClientRect().bottom;
  const sheetTop = card.getBoundingClientRect().top;
  if (markBottom + CARD_OFFSET_PX > sheetTop) win.scrollBy({ top: markBottom + CARD_OFFSET_PX - sheetTop, behavior: 'instant' });
  return true;
}
