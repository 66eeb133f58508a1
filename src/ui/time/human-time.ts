// Mouse days are not human time. Mouse involution is essentially over by day 15 and the gland is
// near-virgin by about day 28; in women, most regression happens within ~12 months and the breast
// matches a never-pregnant one by ~18 months (Jindal 2014). The mapping between them is a linear
// illustration [INF], shown as such.

import { translate } from '../../i18n/translate';

/** Approximate months after weaning in a woman for a mouse day (null during lactation). [INF] */
export function humanMonthsForMouseDay(day: number): number | null {
  if (day < 0) return null;
  if (day <= 15) return day * (12 / 15);
  return 12 + Math.min(day - 15, 13) * (6 / 13);
}

export function humanTimeLabel(day: number): string {
  const months = humanMonthsForMouseDay(day);
  if (months === null) return translate('time.humanBreastfeeding');
  if (months < 2) {
    const weeks = Math.round(months * 4.35);
    if (weeks === 0) return translate('time.humanDays');
    return weeks === 1 ? translate('time.humanWeek') : translate('time.humanWeeks', { weeks });
  }
  return translate('time.humanMonths', { months: Math.round(months) });
}
