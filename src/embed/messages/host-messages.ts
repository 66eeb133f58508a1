// What a host page may send to an embedded Lobule (API version 1), checked with valibot before
// anything reads it: a wrong shape, another version, a huge string or a prototype key is refused.

import * as v from 'valibot';

export const HOST_SOURCE = 'lobule-host';
export const API_VERSION = 1 as const;

/** Longest value and name a `set` may carry, and how many names: far above any real parameter. */
const MAX_VALUE_LENGTH = 64;
const MAX_NAME_LENGTH = 24;
const MAX_NAMES = 24;
/** Keys that could reach an object's prototype if ever copied; a message holding one is refused whole. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const ParameterValue = v.union([
  v.pipe(v.string(), v.maxLength(MAX_VALUE_LENGTH)),
  v.pipe(v.number(), v.finite()),
  v.boolean(),
]);

const ParameterState = v.pipe(
  v.record(v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH), v.regex(/^[A-Za-z][A-Za-z0-9]*$/)), ParameterValue),
  v.check((state) => Object.keys(state).length <= MAX_NAMES, 'too many parameters'),
);

const envelope = { source: v.literal(HOST_SOURCE), version: v.literal(API_VERSION) };

export const HostMessage = v.variant('type', [
  v.strictObject({ ...envelope, type: v.literal('set'), state: ParameterState }),
  v.strictObject({ ...envelope, type: v.literal('get') }),
  v.strictObject({ ...envelope, type: v.literal('reset') }),
]);

export type HostMessage = v.InferOutput<typeof HostMessage>;
export type ParameterValue = v.InferOutput<typeof ParameterValue>;

/** The message if it is a well-formed version-1 host message, otherwise undefined. Never throws. */
export function readHostMessage(data: unknown): HostMessage | undefined {
  try {
    if (!isPlainRecord(data) || looksHostile(data, 2)) return undefined;
    const result = v.safeParse(HostMessage, data);
    return result.success ? result.output : undefined;
  } catch {
    // A hostile object (getters that throw, proxies) is just not a message.
    return undefined;
  }
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Whether `value` or an object in it (to `depth` levels) has an own key such as "__proto__", or far too many keys. */
function looksHostile(value: Record<string, unknown>, depth: number): boolean {
  const keys = Object.keys(value);
  if (keys.length > MAX_NAMES + 4) return true; // refuse monsters before looking inside
  for (const key of keys) {
    if (PROTOTYPE_KEYS.has(key)) return true;
    const inner = value[key];
    if (depth > 0 && isPlainRecord(inner) && looksHostile(inner, depth - 1)) return true;
  }
  return false;
}
