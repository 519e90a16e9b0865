/**
 * Sending and receiving the messages of `messages.ts`: senders are typed by the protocol map and
 * every reply is checked; every incoming message is checked before its handler sees it, and one
 * that fails is ignored with a log line.
 */
import browser from 'webextension-polyfill';
import { log } from './log';
import {
  BACKGROUND_PROTOCOL,
  CONTENT_PROTOCOL,
  type BackgroundMessageType,
  type BackgroundReply,
  type ContentMessageType,
  type ContentReply,
  type PayloadOf,
  type Protocol,
  type ReplyOf,
  type RequestOf,
} from './messages';
import { isRecord } from './runtime-types';

function checkedReply<P extends Protocol, K extends keyof P & string>(protocol: P, type: K, reply: unknown): ReplyOf<P, K> {
  const entry: P[K] = protocol[type];
  if (!entry.reply(reply)) throw new Error(`malformed reply to ${type}`);
  // Checked just above against the very check the reply type is inferred from.
  return reply as ReplyOf<P, K>;
}

export async function sendToBackground<K extends BackgroundMessageType>(
  type: K,
  payload: PayloadOf<typeof BACKGROUND_PROTOCOL, K>,
): Promise<BackgroundReply<K>> {
  const reply: unknown = await browser.runtime.sendMessage({ ...payload, type });
  return checkedReply(BACKGROUND_PROTOCOL, type, reply);
}

export async function sendToTab<K extends ContentMessageType>(
  tabId: number,
  type: K,
  payload: PayloadOf<typeof CONTENT_PROTOCOL, K>,
): Promise<ContentReply<K>> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { ...payload, type });
  return checkedReply(CONTENT_PROTOCOL, type, reply);
}

export type Handlers<P extends Protocol> = {
  readonly [K in keyof P]: (request: RequestOf<P, K>, sender: browser.Runtime.MessageSender) => ReplyOf<P, K> | Promise<ReplyOf<P, K>>;
};

export type MessageListener = (message: unknown, sender: browser.Runtime.MessageSender) => Promise<unknown> | undefined;

/**
 * A `runtime.onMessage` listener that answers the messages of `protocol` with `handlers`.
 * Anything else, or a message of a known type that fails its schema, is ignored with a log line.
 */
export function listenFor<P extends Protocol>(protocol: P, handlers: Handlers<P>, receiver: string): MessageListener {
  return (message, sender) => {
    const type = isRecord(message) && typeof message.type === 'string' ? message.type : null;
    const entry = type !== null && Object.hasOwn(protocol, type) ? protocol[type] : undefined;
    if (type === null || entry === undefined) {
      log.warn(`${receiver} ignored a message it does not answer: ${type ?? typeof message}`);
      return undefined;
    }
    if (!entry.request(message)) {
      log.warn(`${receiver} ignored a malformed ${type}`);
      return undefined;
    }
    // `message` passed the check of `type`, the request type this handler is typed with.
    const handler = handlers[type] as (request: unknown, sender: browser.Runtime.MessageSender) => unknown;
    return Promise.resolve().then(() => handler(message, sender));
  };
}
