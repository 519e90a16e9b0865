/**
 * The tunable numbers that cross modules or that a reader feels (timings, card geometry, budgets,
 * limits), with their units in their names. Thresholds private to one algorithm (article
 * detection, recognition) are named at the top of the module that uses them.
 */

/** Pointer dwell on a mark before its card opens (Page Previews uses about this). */
export const HOVER_DWELL_MS = 500;
/** Grace period after the pointer leaves a mark or card before the card hides. */
export const HIDE_GRACE_MS = 300;
/** Gap between a mark and its card. */
export const CARD_OFFSET_PX = 8;
/** Widest a card may be. */
export const CARD_MAX_WIDTH_PX = 360;
/** Tallest a card may be; a smaller viewport makes it smaller still, and it scrolls. */
export const CARD_MAX_HEIGHT_PX = 520;
/** An observer waits this long for the page to settle before re-scanning an article root. */
export const MUTATION_SETTLE_MS = 250;
/** At most this much main-thread time per second is spent re-scanning a changing article. */
export const OBSERVER_BUDGET_MS_PER_S = 50;
/** How long the content script waits for the background to answer before giving up quietly. */
export const RECOGNIZE_TIMEOUT_MS = 5000;
/** Articles longer than this are cut before recognition (a book-length page is not a news story). */
export const MAX_ARTICLE_CHARS = 200_000;
/** How often location.href is compared, to notice SPA navigations no event reports (pushState without the Navigation API). */
export const URL_POLL_MS = 1000;
