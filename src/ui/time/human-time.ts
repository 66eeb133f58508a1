// Mouse days are not human time, and no single factor converts them: the mapping goes phase by
// phase. The reversible phase lasts ~2 days in the mouse (Jaggi 1996; Zwick 2018) and days in women
// too; remodelling that the mouse finishes by day ~15 takes most of a year in women, and the breast
// matches a never-pregnant one by ~18 months (Jindal 2014, Breast Cancer Res). Within each phase the
// scale is a straight line: an approximation [INF], shown as such.

import { translate } from '../../i18n/translate';

/** Mouse day → human days after weaning, at the edges of each phase. [LIT edges, INF in between] */
const PHASE_EDGES: readonly [mouseDay: number, humanDays: number][] = [
  [0, 0],
  // Involution I, reversible: days in both species.
  [2, 7],
  // Remodelling and fat's return: the mouse's days 2–15 are a woman's first year.
  [15, 365],
  // Regressed: the breast looks never-pregnant again by about 18 months.
  [28, 548],
];

/** Approximate days after weaning in a woman for a mouse day (null during lactation). [INF] */
export function humanDaysForMouseDay(day: number): number | null {
  if (!Number.isFinite(day) || day < 0) return null;
  // Indexed, not destructured: the clock's readout asks on every frame while playing.
  for (let i = 1; i < PHASE_EDGES.length; i++) {
    const d0 = PHASE_EDGES[i - 1][0], h0 = PHASE_EDGES[i - 1][1];
    const d1 = PHASE_EDGES[i][0], h1 = PHASE_EDGES[i][1];
    if (day <= d1) return h0 + ((day - d0) / (d1 - d0)) * (h1 - h0);
  }
  return PHASE_EDGES[PHASE_EDGES.length - 1][1];
}

/** Approximate months after weaning in a woman for a mouse day (null during lactation). [INF] */
export function humanMonthsForMouseDay(day: number): number | null {
  const days = humanDaysForMouseDay(day);
  return days === null ? null : days / 30.44;
}

/**
 * Which words say the human time for a mouse day, as one number that is cheap to compute and compare
 * on every frame: 0 breastfeeding, 1 hours, 100 + n "n days", 1000 + n "n weeks", 10000 + n "n months".
 */
export function humanTimeCode(day: number): number {
  const days = humanDaysForMouseDay(day);
  if (days === null) return 0;
  if (days < 1) return 1;
  if (days < 14) return 100 + Math.round(days);
  const weeks = days / 7;
  if (weeks < 8) return 1000 + Math.round(weeks);
  return 10000 + Math.round(days / 30.44);
}

/** The words for a `humanTimeCode`, in the active language. */
export function humanTimeLabelOf(code: number): string {
  if (code === 0) return translate('time.humanBreastfeeding');
  if (code === 1) return translate('time.humanHours');
  if (code < 1000) return translate(code === 101 ? 'time.humanDay' : 'time.humanDaysCount', { days: code - 100 });
  if (code < 10000) return translate('time.humanWeeks', { weeks: code - 1000 });
  return translate('time.humanMonths', { months: code - 10000 });
}

export function humanTimeLabel(day: number): string {
  return humanTimeLabelOf(humanTimeCode(day));
}
