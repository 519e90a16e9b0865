import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeArticle } from '../../src/page/article-observer';

const SETTLE_MS = 100;

function setup(): { doc: Document; root: Element } {
  document.body.replaceChildren();
  const root = document.createElement('div');
  root.id = 'story';
  const p = document.createElement('p');
  p.textContent = 'First paragraph.';
  root.append(p);
  document.body.append(root);
  return { doc: document, root };
}

async function flushMutations(): Promise<void> {
  await Promise.resolve();
}

describe('observeArticle', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls back once after a burst of changes settles', async () => {
    const { doc, root } = setup();
    const onChange = vi.fn();
    const controller = new AbortController();
    observeArticle(doc, onChange, controller.signal, { roots: [root], settleMs: SETTLE_MS });
    for (let i = 0; i < 5; i++) {
      const p = doc.createElement('p');
      p.textContent = `Late paragraph ${i}.`;
      root.append(p);
      await flushMutations();
      vi.advanceTimersByTime(SETTLE_MS / 2);
    }
    expect(onChange).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('follows siblings appended next to the root (continue reading, streams)', async () => {
    const { doc, root } = setup();
    const onChange = vi.fn();
    const controller = new AbortController();
    observeArticle(doc, onChange, controller.signal, { roots: [root], settleMs: SETTLE_MS });
    root.after(doc.createElement('article'));
    await flushMutations();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('notices when a re-render replaces an ancestor of the root', async () => {
    document.body.replaceChildren();
    const main = document.createElement('main');
    const article = document.createElement('article');
    const root = document.createElement('div');
    root.textContent = 'Body text.';
    article.append(root);
    main.append(article);
    document.body.append(main);
    const onChange = vi.fn();
    const controller = new AbortController();
    observeArticle(document, onChange, controller.signal, { roots: [root], settleMs: SETTLE_MS });
    document.body.append(document.createElement('div'));
    await flushMutations();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(onChange).toHaveBeenCalledTimes(0);
    article.replaceWith(document.createElement('article'));
    await flushMutations();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('ignores changes inside our own UI', async () => {
    const { doc, root } = setup();
    const onChange = vi.fn();
    const controller = new AbortController();
    observeArticle(doc, onChange, controller.signal, { roots: [root], settleMs: SETTLE_MS });
    const ui = doc.createElement('div');
    ui.setAttribute('data-footnote-ui', 'card');
    root.append(ui);
    await flushMutations();
    ui.textContent = 'card contents';
    await flushMutations();
    ui.remove();
    await flushMutations();
    vi.advanceTimersByTime(SETTLE_MS * 10);
    expect(onChange).toHaveBeenCalledTimes(0);
    controller.abort();
  });

  it('watches the whole body when no article was found yet', async () => {
    const { doc } = setup();
    const onChange = vi.fn();
    const controller = new AbortController();
    observeArticle(doc, onChange, controller.signal, { settleMs: SETTLE_MS });
    doc.body.append(doc.createElement('main'));
    await flushMutations();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('stops when aborted', async () => {
    const { doc, root } = setup();
    const onChange = vi.fn();
    const controller = new AbortController();
    observeArticle(doc, onChange, controller.signal, { roots: [root], settleMs: SETTLE_MS });
    root.append(doc.createElement('p'));
    await flushMutations();
    controller.abort();
    vi.advanceTimersByTime(SETTLE_MS * 10);
    root.append(doc.createElement('p'));
    await flushMutations();
    vi.advanceTimersByTime(SETTLE_MS * 10);
    expect(onChange).toHaveBeenCalledTimes(0);
  });

  it('defers work once the per-second budget is spent', async () => {
    const { doc, root } = setup();
    const calls: number[] = [];
    const controller = new AbortController();
    const expensive = (): void => {
      calls.push(performance.now());
      vi.advanceTimersByTime(60);
    };
    observeArticle(doc, expensive, controller.signal, { roots: [root], settleMs: 10, budgetMsPerS: 50 });
    root.append(doc.createElement('p'));
    await flushMutations();
    vi.advanceTimersByTime(10);
    expect(calls).toHaveLength(1);
    root.append(doc.createElement('p'));
    await flushMutations();
    vi.advanceTimersByTime(100);
    expect(calls).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(calls).toHaveLength(2);
    expect((calls[1] ?? 0) - (calls[0] ?? 0)).toBeGreaterThanOrEqual(1000);
    controller.abort();
  });
});
