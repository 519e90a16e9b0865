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
/**
 * The longest the content script may hold a tab's main thread in one go: the browsers' own
 * "long task" threshold, past which input waits and frames are dropped.
 */
export const MAX_MAIN_THREAD_BLOCK_MS = 50;
/**
 * A scan gives the main thread back after running this long, about a frame: a third of the limit
 * above, leaving room for the step that is running when the slice ends (a step may take a
 * garbage collection with it) and for the page's own work.
 */
export const SCAN_SLICE_MS = 16;
/** How often the content script checks that the page has not removed its highlights. */
export const HIGHLIGHT_CHECK_MS = 1000;
/** Times the content script paints removed highlights again before it lets the page have its way. */
export const MAX_HIGHLIGHT_RESTORES = 3;
/** How long the content script waits for the background to answer before giving up quietly. */
export const RECOGNIZE_TIMEOUT_MS = 5000;
/** Articles longer than this are cut before recognition (a book-length page is not a news story). */
export const MAX_ARTICLE_CHARS = 200_000;
/** Opening words of an article read to tell its language. */
export const LANGUAGE_SAMPLE_WORDS = 400;
/** Below this many lower-case words the language is not judged from the text (a caption, a results table). */
export const LANGUAGE_MIN_WORDS = 40;
/**
 * Share of lower-case words that are `english-text.ts`'s function words: English articles in the
 * extraction corpora run 14–48%, pages in other languages (and Latin placeholder text) under 6%.
 */
export const ENGLISH_FUNCTION_WORDS_MIN_SHARE = 0.1;
/** How often location.href is compared, to notice SPA navigations no event reports (pushState without the Navigation API). */
export const URL_POLL_MS = 1000;
/** Data whose as-of date is older than this says so on the card ("as of …; may have changed"). */
export const STALE_AFTER_DAYS = 365;
/** An article's number within this percentage of the official figure is "about the same"; beyond it, "higher" or "lower". */
export const SAME_AS_OFFICIAL_WITHIN_PERCENT = 5;
/** Money from this amount on is also shown as a share of federal outlays or of GDP. */
export const SHARE_OF_ECONOMY_FROM_USD = 1_000_000_000;
/** A count of people makes a rate per 100,000 residents only from this rate up (smaller rates read as noise). */
export const PER_100K_MIN_RATE = 0.1;
/** After a popup switch turns Footnote on, the popup asks the tab this many times, this far apart, for it to catch up. */
export const POPUP_CATCH_UP_ATTEMPTS = 8;
export const POPUP_CATCH_UP_WAIT_MS = 125;
/**
 * Below this viewport width (phones) a card docks to the bottom edge as a sheet: a card floating
 * beside its mark would cover most of the lines around it.
 */
export const CARD_SHEET_BELOW_VIEWPORT_PX = 480;
/** Tallest a bottom sheet may be, as a fraction of the viewport height; longer cards scroll inside. */
export const CARD_SHEET_MAX_HEIGHT_FRACTION = 0.6;
/** The popup offers a filter box once its list holds more entities than this. */
export const POPUP_FILTER_MIN_ENTITIES = 15;
