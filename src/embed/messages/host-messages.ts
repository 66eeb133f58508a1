// What a host page may send to an embedded Lobule (API version 1), checked before anything reads
// it: a wrong shape, another version, an unknown key, a huge string or a prototype key is refused.
// Three small message shapes, so they are read by hand: a schema library cost 2 KB gzip for this.

export const HOST_SOURCE = 'lobule-host';
export const API_VERSION = 1 as const;

/** Longest value and name a `set` may carry, and how many names: far above any real parameter. */
const MAX_VALUE_LENGTH = 64;
const MAX_NAME_LENGTH = 24;
const MAX_NAMES = 24;
/** A parameter's name: a letter, then letters and digits. */
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
/** Keys that could reach an object's prototype if ever copied; a message holding one is refused whole. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ParameterValue = string | number | boolean;

interface Envelope {
  source: typeof HOST_SOURCE;
  version: typeof API_VERSION;
}

export type HostMessage =
  | (Envelope & { type: 'set'; state: Record<string, ParameterValue> })
  | (Envelope & { type: 'get' })
  | (Envelope & { type: 'reset' });

/** The message if it is a well-formed version-1 host message, otherwise undefined. Never throws. */
export function readHostMessage(data: unknown): HostMessage | undefined {
  try {
    if (!isPlainRecord(data) || looksHostile(data, 2)) return undefined;
    // Exactly the envelope's keys and the type's own: an unknown key is refused, as a typo would be.
    const keys = Object.keys(data);
    if (!Object.hasOwn(data, 'source') || data.source !== HOST_SOURCE) return undefined;
    if (!Object.hasOwn(data, 'version') || data.version !== API_VERSION) return undefined;
    if (!Object.hasOwn(data, 'type')) return undefined;
    const envelope: Envelope = { source: HOST_SOURCE, version: API_VERSION };
    switch (data.type) {
      case 'get':
      case 'reset':
        return keys.length === 3 ? { ...envelope, type: data.type } : undefined;
      case 'set': {
        if (keys.length !== 4 || !Object.hasOwn(data, 'state')) return undefined;
        const state = readParameterState(data.state);
        return state ? { ...envelope, type: 'set', state } : undefined;
      }
      default:
        return undefined;
    }
  } catch {
    // A hostile object (getters that throw, proxies) is just not a message.
    return undefined;
  }
}

/** A copy of a `set`'s parameters if each name and value is allowed, otherwise undefined. */
function readParameterState(value: unknown): Record<string, ParameterValue> | undefined {
  if (!isPlainRecord(value)) return undefined;
  const names = Object.keys(value);
  if (names.length > MAX_NAMES) return undefined;
  const state: Record<string, ParameterValue> = {};
  for (const name of names) {
    if (name.length > MAX_NAME_LENGTH || !PARAMETER_NAME.test(name)) return undefined;
    const item = value[name];
    if (!isParameterValue(item)) return undefined;
    state[name] = item;
  }
  return state;
}

function isParameterValue(value: unknown): value is ParameterValue {
  if (typeof value === 'string') return value.length <= MAX_VALUE_LENGTH;
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'boolean';
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
