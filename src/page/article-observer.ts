/**
 * Follows an article that changes after detection: a body filled in late, "continue reading"
 * expansions, and streams that append further stories. One MutationObserver per root (plus one
 * shallow observer on the roots' parent for appended siblings), debounced and held to a work
 * budget per second. Our own UI (`[data-footnote-ui]`) never triggers it.
 */
import { MUTATION_SETTLE_MS, OBSERVER_BUDGET_MS_PER_S } from '../constants';

export interface ObserveOptions {
  /** Roots to watch; without them the whole body is watched for an article to appear. */
  roots?: readonly Element[];
  settleMs?: number;
  budgetMsPerS?: number;
}

/** However busy the page, a change is handled no later than this many settle periods. */
const MAX_SETTLE_PERIODS = 4;
const BUDGET_WINDOW_MS = 1000;
const OWN_UI = '[data-footnote-ui]';

function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && el.closest(OWN_UI) !== null;
}

function isRelevant(record: MutationRecord): boolean {
  if (isOwnNode(record.target)) return false;
  if (record.type !== 'childList') return true;
  const changed = [...record.addedNodes, ...record.removedNodes];
  // Removed nodes are detached: judge them by their own marker only.
  return changed.some((n) => !(n.nodeType === 1 && ((n as Element).matches(OWN_UI) || isOwnNode(n))));
}

/**
 * Re-scans the article. A re-scan that runs in slices returns a promise of the main-thread time
 * it took (a number of milliseconds): no other re-scan starts before it settles, and its time
 * counts against the budget.
 */
export type OnArticleChange = () => unknown;

export function observeArticle(
  doc: Document,
  onChange: OnArticleChange,
  signal: AbortSignal,
  options: ObserveOptions = {},
): void {
  if (signal.aborted) return;
  const view = doc.defaultView;
  if (view === null) return;
  const settleMs = options.settleMs ?? MUTATION_SETTLE_MS;
  const budgetMs = options.budgetMsPerS ?? OBSERVER_BUDGET_MS_PER_S;
  const observers: MutationObserver[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt = 0;
  let windowStart = -BUDGET_WINDOW_MS;
  let spentMs = 0;
  /** A sliced re-scan is running; changes meanwhile wait for it. */
  let running = false;
  let changedWhileRunning = false;

  const run = (): void => {
    timer = null;
    if (signal.aborted) return;
    if (running) {
      changedWhileRunning = true;
      return;
    }
    const now = performance.now();
    if (now - windowStart >= BUDGET_WINDOW_MS) {
      windowStart = now;
      spentMs = 0;
    }
    if (spentMs >= budgetMs) {
      // Budget spent: try again when the window turns over.
      timer = setTimeout(run, windowStart + BUDGET_WINDOW_MS - now);
      return;
    }
    firstPendingAt = 0;
    const started = performance.now();
    let pending: unknown;
    try {
      pending = onChange();
    } finally {
      spentMs += performance.now() - started;
    }
    if (!(pending instanceof Promise)) return;
    running = true;
    const settled = (busyMs: unknown): void => {
      running = false;
      if (typeof busyMs === 'number') spentMs += busyMs;
      if (changedWhileRunning && !signal.aborted) {
        changedWhileRunning = false;
        schedule();
      }
    };
    pending.then(settled, () => settled(null));
  };

  const schedule = (): void => {
    const now = performance.now();
    if (firstPendingAt === 0) firstPendingAt = now;
    if (timer !== null) {
      if (now - firstPendingAt >= settleMs * MAX_SETTLE_PERIODS) return;
      clearTimeout(timer);
    }
    timer = setTimeout(run, settleMs);
  };

  const handle = (records: MutationRecord[]): void => {
    if (!signal.aborted && records.some(isRelevant)) schedule();
  };

  const watch = (target: Node, deep: boolean): void => {
    const observer = new view.MutationObserver(handle);
    observer.observe(target, { childList: true, subtree: deep, characterData: deep });
    observers.push(observer);
  };

  const roots = options.roots ?? [];
  // The DOM typings say `body` is always there; it is null before parsing reaches it.
  const body = doc.body as HTMLElement | null;
  if (roots.length === 0) {
    if (body !== null) watch(body, true);
  } else {
    for (const root of roots) watch(root, true);
    const parent = roots[0]?.parentNode;
    if (parent !== null && parent !== undefined) watch(parent, false);
    // A re-render may replace an ancestor of the roots; the roots' own observers cannot see that.
    if (body !== null) {
      const detached = new view.MutationObserver(() => {
        if (!signal.aborted && roots.some((root) => !root.isConnected)) schedule();
      });
      detached.observe(body, { childList: true, subtree: true });
      observers.push(detached);
    }
  }

  signal.addEventListener(
    'abort',
    () => {
      for (const observer of observers) observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    { once: true },
  );
}
