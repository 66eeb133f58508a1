// One sentence saying what the tissue is doing at a day, generated from the run's numbers, for the
// screen-reader live region: "Day 5, Involution II (remodelling): alveoli collapsing, fat returning;
// 8% of the remaining milk cells are senescent and signalling; macrophages at 7 times their
// lactation number; no senolytic."

import { formatPercent, translate, type LanguageCode, type MessageKey } from '../../i18n/translate';
import type { MetricsSample } from '../../sim/metrics';
import { phaseForDay } from '../../sim/phases';
import type { SimulationSettings } from '../../sim/settings';
import { tissueState } from '../tissue/tissue-state';

/** Below this many times their lactation number, macrophages read as "at their lactation number". */
const MACROPHAGES_NOTABLE_RATIO = 1.5;

export interface TissueMoment {
  /** The day shown (the sentence gives it to the hundredth, as the paused day readout does). */
  day: number;
  now: MetricsSample;
  weaning: MetricsSample;
  lactation: MetricsSample;
  settings: Pick<SimulationSettings, 'clearance' | 'clearanceWindowDays' | 'tumour'>;
}

export function describeTissue({ day, now, weaning, lactation, settings }: TissueMoment, lang?: LanguageCode): string {
  const t = (key: MessageKey, values?: Record<string, string | number>): string => translate(key, values, lang);
  const parts: string[] = [t(`live.tissue.${tissueState(now, weaning)}`)];

  if (now.senescentCells > 0 && now.alveolarCells > 0) {
    parts.push(t('live.senescent', { percent: formatPercent(now.senescentCells / now.alveolarCells, lang) }));
  } else if (day >= 0) {
    parts.push(t('live.noSenescent'));
  }

  const ratio = lactation.macrophages > 0 ? now.macrophages / lactation.macrophages : 1;
  parts.push(ratio >= MACROPHAGES_NOTABLE_RATIO ? t('live.macrophagesTimes', { times: Math.round(ratio) }) : t('live.macrophagesUsual'));

  const [start, end] = settings.clearanceWindowDays;
  if (!settings.clearance) parts.push(t('live.clearanceOff'));
  else if (day < start) parts.push(t('live.clearanceWaiting', { start, end }));
  else if (day <= end) parts.push(t('live.clearanceActive'));
  else parts.push(t('live.clearanceDone', { start, end }));

  if (settings.tumour && now.tumourCells > 0) {
    parts.push(t('live.tumour', { cells: now.tumourCells, invasive: now.invasiveTumourCells, vessels: now.metastaticCells }));
  }

  return t('live.sentence', {
    // To the hundredth, as on screen: rounded to a quarter, a step to day 0.2 was read out as 0.25.
    day: Math.round(day * 100) / 100,
    phase: t(`phase.${phaseForDay(day)}`),
    parts: parts.join(t('live.separator')),
  });
}
