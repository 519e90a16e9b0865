import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation } from '../../src/page/navigation-watcher';

const POLL_MS = 200;

describe('watchNavigation', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    history.replaceState(null, '', '/stories/first');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('notices history.pushState by polling the URL', () => {
    const seen: string[] = [];
    const controller = new AbortController();
    watchNavigation(window, (url) => seen.push(new URL(url).pathname), controller.signal, POLL_MS);
    history.pushState(null, '', '/stories/second');
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(POLL_MS);
    expect(seen).toEqual(['/stories/second']);
    vi.advanceTimersByTime(POLL_MS * 5);
    expect(seen).toEqual(['/stories/second']);
    controller.abort();
  });

  it('reacts to popstate at once and ignores hash-only changes', () => {
    const seen: string[] = [];
    const controller = new AbortController();
    watchNavigation(window, (url) => seen.push(new URL(url).pathname), controller.signal, POLL_MS);
    history.replaceState(null, '', '/stories/first#comments');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual([]);
    history.replaceState(null, '', '/stories/third');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['/stories/third']);
    controller.abort();
  });

  it('uses the Navigation API events where the browser has them', () => {
    const navigation = new EventTarget();
    const win = Object.assign(Object.create(window) as Window, { navigation });
    Object.defineProperty(win, 'location', { value: window.location });
    const seen: string[] = [];
    const controller = new AbortController();
    watchNavigation(win, (url) => seen.push(new URL(url).pathname), controller.signal, POLL_MS * 100);
    history.replaceState(null, '', '/stories/fourth');
    navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(seen).toEqual(['/stories/fourth']);
    controller.abort();
  });

  it('stops when aborted', () => {
    const seen: string[] = [];
    const controller = new AbortController();
    watchNavigation(window, (url) => seen.push(url), controller.signal, POLL_MS);
    controller.abort();
    history.pushState(null, '', '/stories/fifth');
    vi.advanceTimersByTime(POLL_MS * 5);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual([]);
  });
});
