// A cell's kind, state, activity and the reason for its last change, in plain words. Unknown
// kinds, fates or causes (a rule added later) fall back to a general sentence, never to a key.

import { en } from '../../i18n/en';
import { translate, type MessageKey } from '../../i18n/translate';
import { CellFate, FateCause } from '../../sim/cell-kinds';
import type { FateChange } from '../../sim/cell-story';
import { TIMELINE_START_DAY } from '../../sim/constants';

const has = (key: string): key is MessageKey => key in en;
const first = (...keys: string[]): string => {
  for (const key of keys) if (has(key)) return translate(key);
  return translate('cause.unknown');
};

export const kindName = (kind: number): string => first(`kind.${kind}`);
export const stateName = (fate: number): string => first(`fate.${fate}`);

export function doingText(kind: number, fate: number): string {
  return fate === CellFate.present ? first(`doing.present.${kind}`) : first(`doing.${fate}`);
}

export function causeText(kind: number, change: FateChange): string {
  if (change.cause === FateCause.born) {
    // Born at the start of the timeline: part of the lobule; born later: recruited or divided.
    return change.day <= TIMELINE_START_DAY + 1e-6 ? translate('cause.0') : first(`cause.born.${kind}`, 'cause.0');
  }
  return first(`cause.${change.cause}`);
}

/** "18 h", "1 day", "2.5 days". */
export function durationText(days: number): string {
  if (days < 1) return translate('inspector.hours', { hours: Math.max(0, Math.round(days * 24)) });
  const rounded = Math.round(days * 4) / 4;
  return rounded === 1 ? translate('inspector.oneDay') : translate('inspector.days', { days: rounded });
}
