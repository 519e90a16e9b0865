/** The message protocol: its runtime checks, and the channel that applies them at both ends. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: unknown[] = [];
let nextReply: unknown;
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: (message: unknown) => {
        sent.push(message);
        return Promise.resolve(nextReply);
      },
    },
    tabs: {
      sendMessage: (_tabId: number, message: unknown) => {
        sent.push(message);
        return Promise.resolve(nextReply);
      },
    },
  },
}));

const { listenFor, sendToBackground, sendToTab } = await import('../../src/extension/message-channel');
const { BACKGROUND_PROTOCOL, CONTENT_PROTOCOL } = await import('../../src/extension/messages');

const SENDER = {};

describe('the message protocol', () => {
  beforeEach(() => {
    sent.length = 0;
    vi.restoreAllMocks();
  });

  it('hands a valid request to its handler, typed, and answers with what the handler returns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listener = listenFor(
      CONTENT_PROTOCOL,
      {
        'footnote:page-mentions': () => ({ state: 'no-matches' as const, error: null, truncated: false, mentions: [] }),
        'footnote:reveal-mention': (request) => request.index === 3,
        'footnote:step-mark': (request) => request.direction === -1,
        'footnote:annotate-anyway': () => false,
        'footnote:page-timings': () => ({ startedAtMs: 1, firstPaintAtMs: null, scans: 0, longestScanMs: null, longestScanSliceMs: null, longestPaintMs: null }),
      },
      'test',
    );
    await expect(listener({ type: 'footnote:reveal-mention', index: 3 }, SENDER)).resolves.toBe(true);
    await expect(listener({ type: 'footnote:step-mark', direction: -1 }, SENDER)).resolves.toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });

  it('ignores, with one log line each, a message of another type, a malformed one and one that is not an object', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const handler = vi.fn(() => true);
    const listener = listenFor(
      CONTENT_PROTOCOL,
      { 'footnote:page-mentions': handler, 'footnote:reveal-mention': handler, 'footnote:step-mark': handler, 'footnote:page-timings': handler } as never,
      'test',
    );
    for (const message of [
      { type: 'footnote:recognize', text: 'x' },
      { type: 'footnote:step-mark', direction: 2 },
      { type: 'footnote:reveal-mention', index: '3' },
      { type: 'toString' },
      'footnote:step-mark',
      null,
    ]) {
      expect(listener(message, SENDER)).toBeUndefined();
    }
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(6);
  });

  it('sends typed requests and refuses a reply that does not match the protocol', async () => {
    nextReply = { asOf: '2026-01-01', loadMs: 12.5 };
    await expect(sendToBackground('footnote:knowledge-info', {})).resolves.toEqual(nextReply);
    expect(sent).toEqual([{ type: 'footnote:knowledge-info' }]);
    nextReply = { asOf: '2026-01-01' };
    await expect(sendToBackground('footnote:knowledge-info', {})).rejects.toThrow(/malformed reply to footnote:knowledge-info/);
    nextReply = 'yes';
    await expect(sendToTab(7, 'footnote:reveal-mention', { index: 1 })).rejects.toThrow(/malformed reply/);
  });

  it('checks recognition requests, their options and their replies', () => {
    const request = BACKGROUND_PROTOCOL['footnote:recognize'].request;
    expect(request({ type: 'footnote:recognize', text: 'a', options: {} })).toBe(true);
    expect(request({ type: 'footnote:recognize', text: 'a', options: { publishedYear: 2019, publishedDate: '2019-11-05' } })).toBe(true);
    expect(request({ type: 'footnote:recognize', text: 'a', options: { publishedDate: 'Nov. 5' } })).toBe(false);
    expect(request({ type: 'footnote:recognize', text: 'a', options: { publishedYear: 2019.5 } })).toBe(false);
    expect(request({ type: 'footnote:recognize', text: 'a' })).toBe(false);
    const reply = BACKGROUND_PROTOCOL['footnote:recognize'].reply;
    const mention = { kind: 'person', start: 0, end: 4, text: 'Noem', entityId: null };
    expect(reply({ mentions: [mention], cards: { 'p:1': { kind: 'person' } } })).toBe(true);
    expect(reply({ mentions: [{ ...mention, kind: 'place' }], cards: {} })).toBe(false);
    expect(reply({ mentions: [mention], cards: { 'p:1': null } })).toBe(false);
  });
});
