/**
 * Single-page-app navigation. Content scripts live in an isolated world, so wrapping the page's
 * history.pushState would not see the page's own calls; instead use the Navigation API where it
 * exists, popstate/hashchange, and a slow poll of location.href, always on, for navigations no
 * event reports (pushState where the Navigation API is missing).
 */
import { URL_POLL_MS } from '../constants';

/** The part of the Navigation API we use (not yet in TypeScript's DOM library). */
interface NavigationLike extends EventTarget {
  readonly currentEntry?: { readonly url: string | null } | null;
}

function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

export function watchNavigation(
  win: Window,
  onNavigate: (url: string) => void,
  signal: AbortSignal,
  pollMs: number = URL_POLL_MS,
): void {
  if (signal.aborted) return;
  let last = withoutHash(win.location.href);
  const check = (): void => {
    if (signal.aborted) return;
    const now = withoutHash(win.location.href);
    if (now === last) return;
    last = now;
    onNavigate(win.location.href);
  };
  const options = { signal };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation !== undefined && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', check, options);
    navigation.addEventListener('currententrychange', check, options);
  }
  win.addEventListener('popstate', check, options);
  win.addEventListener('hashchange', check, options);
  const poll = setInterval(check, pollMs);
  signal.addEventListener('abort', () => clearInterval(poll), { once: true });
}
