/**
 * axe-core in a browser page: injected over DevTools (so an extension page's CSP does not block
 * it) and run on a context that may reach into an open shadow root. Returns what a test asserts:
 * serious and critical violations, and how many nodes the audit passed inside the context, so a
 * test can tell an audit of the card from an audit of nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { REPO_ROOT } from '../../scripts/lib/paths';

const AXE_SOURCE = readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeSummary {
  /** "rule-id: target — help" for every serious or critical violation. */
  readonly seriousViolations: readonly string[];
  /** Nodes checked and passed, over every passing rule. */
  readonly passedNodes: number;
  /** Selectors of passed nodes: a path with more than one step lies inside a shadow root. */
  readonly passedTargets: readonly string[];
}

/**
 * `include` is an axe context: a selector, or a shadow path (`['footnote-ui', '.card']` = `.card`
 * inside footnote-ui's shadow root). Defaults to the whole document.
 */
export async function runAxe(page: Page, include?: string | readonly string[]): Promise<AxeSummary> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    type AxeNode = { target: Array<string | string[]> };
    type AxeResult = { id: string; impact?: string | null; help: string; nodes: AxeNode[] };
    type Axe = { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[]; passes: AxeResult[] }> };
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    const include = typeof context === 'string' ? context : { fromShadowDom: context };
    const results = await axe.run(context === null ? document : { include: [include] }, { resultTypes: ['violations', 'passes'] });
    const targetText = (node: AxeNode): string => node.target.map((step) => (Array.isArray(step) ? step.join(' >>> ') : step)).join(' >>> ');
    return {
      seriousViolations: results.violations
        .filter((rule) => rule.impact === 'serious' || rule.impact === 'critical')
        .flatMap((rule) => rule.nodes.map((node) => `${rule.id}: ${targetText(node)} — ${rule.help}`)),
      passedNodes: results.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
      passedTargets: results.passes.flatMap((rule) => rule.nodes.map(targetText)),
    };
  }, include === undefined ? null : include);
}

/**
 * Every element that would still move (a transition or an animation), in the document or only
 * inside `shadowHost`'s shadow root, shadow roots within included.
 */
export async function movingElements(page: Page, shadowHost?: string): Promise<string[]> {
  return page.evaluate((host) => {
    const moving: string[] = [];
    const visit = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        const transitions = style.transitionDuration.split(',').some((value) => parseFloat(value) > 0);
        if (transitions || style.animationName !== 'none') moving.push(element.tagName.toLowerCase() + (typeof element.className === 'string' && element.className ? `.${element.className}` : ''));
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    const start = host === null ? document : document.querySelector(host)?.shadowRoot;
    if (!start) throw new Error(`no shadow root on ${host}`);
    visit(start);
    return moving;
  }, shadowHost ?? null);
}
