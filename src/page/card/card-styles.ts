/**
 * The card's stylesheet, scoped to its shadow root: nothing from the page reaches in, nothing
 * leaks out. Its kind colours (the label, a statistic's comparison bar and sparkline) are the
 * registry's (`--kind-ink` on `.card[data-kind]`, from `src/kinds.ts`).
 */
import { CARD_MAX_WIDTH_PX } from '../../constants';
import { kindInkRules } from '../../kinds';

export const CARD_CSS = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; }
.card { all: initial; box-sizing: border-box; position: fixed; top: 0; left: 0; display: block;
  max-width: ${CARD_MAX_WIDTH_PX}px; min-width: 240px; overflow: auto;
  padding: 14px 16px 12px; border-radius: 10px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1f2328; background: #ffffff; border: 1px solid #d0d7de;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.18); }
.card[hidden] { display: none; }
.card:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.card { --kind-ink: #57606a; }
${kindInkRules('.card')}
.kind { display: block; font-size: 11px; font-weight: 600; letter-spacing: .06em; text-transform: uppercase;
  color: var(--kind-ink); margin: 0 0 4px; }
h2 { all: unset; display: block; font-size: 17px; font-weight: 650; margin: 0 28px 6px 0; }
h3 { all: unset; display: block; font-size: 12px; font-weight: 600; color: #57606a; margin: 10px 0 2px; }
p { margin: 0 0 6px; }
ul { margin: 0 0 6px; padding-left: 18px; }
li { margin: 0 0 2px; }
.headline { font-weight: 550; }
.formal-name { font-size: 13px; color: #57606a; margin-top: -4px; }
.as-of { font-size: 12px; color: #57606a; }
.facts { color: #424a53; }
.series-name, .position, .note { font-size: 13px; color: #424a53; }
.comparison { border-left: 3px solid var(--kind-ink); padding-left: 8px; }
.context ul { padding-left: 16px; }
.sparkline { margin: 4px 0 8px; color: var(--kind-ink); }
.sparkline svg { display: block; width: 100%; height: 44px; }
.spark-mark { fill: #b45309; stroke: #ffffff; stroke-width: 1.5; }
.sparkline figcaption { font-size: 11px; color: #57606a; }
.actions { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.copy { all: unset; font: 13px/1.3 system-ui, sans-serif; padding: 4px 10px; border: 1px solid #d0d7de; border-radius: 6px;
  cursor: pointer; color: #1f2328; background: #f6f8fa; }
.copy:hover { background: #eaeef2; }
.copy:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.copy-status { font-size: 12px; color: #1a7f37; }
.scroll-cue { display: none; position: sticky; bottom: -12px; margin: 0 -16px -12px; padding: 18px 16px 6px;
  font-size: 12px; font-weight: 600; text-align: center; color: #0969da; cursor: pointer;
  background: linear-gradient(to bottom, rgba(255, 255, 255, 0), #ffffff 55%); }
.scroll-cue::after { content: " ↓"; }
.card[data-more] .scroll-cue { display: block; }
.caveat { font-size: 12px; color: #7d4e00; background: #fff8c5; padding: 4px 6px; border-radius: 6px; }
.in-article { font-size: 13px; color: #424a53; border-left: 3px solid #d0d7de; padding-left: 8px; }
.sources { font-size: 12px; color: #57606a; border-top: 1px solid #d8dee4; margin-top: 10px; padding-top: 4px; }
a { color: #0969da; text-decoration: underline; }
.close { all: unset; position: absolute; top: 8px; right: 10px; width: 24px; height: 24px; border-radius: 6px;
  text-align: center; font: 18px/24px system-ui, sans-serif; color: #57606a; cursor: pointer; }
.close:hover { background: #eaeef2; }
.close:focus-visible { outline: 2px solid #2563eb; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.5); }
  .card { --kind-ink: #8d96a0; }
  h3, .sources { color: #8d96a0; }
  .in-article { color: #c9d1d9; border-color: #30363d; }
  .caveat { color: #f2cc60; background: #272115; }
  .sources { border-color: #30363d; }
  .as-of, .formal-name, .sparkline figcaption { color: #8d96a0; }
  .facts, .series-name, .position, .note { color: #c9d1d9; }
  .spark-mark { fill: #f59e0b; stroke: #161b22; }
  .copy { color: #e6edf3; background: #21262d; border-color: #30363d; }
  .copy:hover { background: #30363d; }
  .copy-status { color: #3fb950; }
  .scroll-cue { color: #4493f8; background: linear-gradient(to bottom, rgba(22, 27, 34, 0), #161b22 55%); }
  a { color: #4493f8; }
  .close { color: #8d96a0; }
  .close:hover { background: #30363d; }
}
`;
