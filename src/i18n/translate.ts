// Looks up a message and fills its {placeholders}. One locale for now; the catalogue shape is fixed
// so that adding one is a new file with the same keys.

import { en, type MessageKey } from './en';

export type { MessageKey };

export function translate(key: MessageKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => (name in values ? String(values[name]) : `{${name}}`));
}
