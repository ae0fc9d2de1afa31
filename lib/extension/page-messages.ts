/**
 * The message contract of messages.ts as the content script speaks it: the browser's runtime
 * messaging in @webext-core/messaging's wire format (a request `{ id, type, data, timestamp }`,
 * answered `{ res }` or `{ err }`), without the library. Its logger, listener registry and error
 * serialiser are code every page would compile for a handful of messages (docs/decisions/0022).
 * The background and the extension's pages keep the library; `pingContentScript` in messages.ts
 * writes the same envelope by hand.
 */
import { browser } from 'wxt/browser';
import type { ProtocolMap } from './messages';

type Type = keyof ProtocolMap;
type DataOf<K extends Type> = Parameters<ProtocolMap[K]>[0];
type AnswerOf<K extends Type> = Awaited<ReturnType<ProtocolMap[K]>>;

interface Envelope {
  id: number;
  type: string;
  data: unknown;
  timestamp: number;
}

interface Reply {
  res?: unknown;
  err?: { name?: string; message?: string };
}

let nextId = Math.floor(Math.random() * 10_000);

const isEnvelope = (value: unknown): value is Envelope =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Envelope).type === 'string' &&
  typeof (value as Envelope).timestamp === 'number';

/** Sends a message to the background; rejects with the background's error, or when nobody answers. */
export async function sendMessage<K extends Type>(
  type: K,
  ...[data]: Parameters<ProtocolMap[K]>
): Promise<AnswerOf<K>> {
  const request: Envelope = { id: nextId++, type, data, timestamp: Date.now() };
  const reply = (await browser.runtime.sendMessage(request)) as Reply | undefined;
  if (reply == null) throw new Error('No response');
  if (reply.err != null) {
    const error = new Error(reply.err.message);
    if (reply.err.name) error.name = reply.err.name;
    throw error;
  }
  return reply.res as AnswerOf<K>;
}

/**
 * Answers messages of `type` from the background or an extension page; returns the function that
 * stops. The answer is sent when `answer` settles, its error as `{ err }` as the library does.
 */
export function onMessage<K extends Type>(
  type: K,
  answer: (message: { data: DataOf<K> }) => AnswerOf<K> | Promise<AnswerOf<K>>,
): () => void {
  const listener = (message: unknown, _sender: unknown, respond: (reply: Reply) => void): true | undefined => {
    if (!isEnvelope(message) || message.type !== type) return undefined;
    Promise.resolve()
      .then(() => answer({ data: message.data as DataOf<K> }))
      .then(
        (res) => respond({ res }),
        (error: unknown) =>
          respond({
            err: error instanceof Error ? { name: error.name, message: error.message } : { message: String(error) },
          }),
      );
    // Keeps the channel open for the answer (Chrome; Firefox also takes a returned promise).
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
