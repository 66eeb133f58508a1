// One side's scorecard in the compare view: its name and the paradox's figures on the current day
// (quarter-day resolution). `data-scorecard` names the side for tests and tools.

import { formatNumber, formatPercent, translate, type MessageKey } from '../../i18n/translate';
import type { SimulationRun } from '../../sim/simulate';
import { InfMark } from '../about/InfMark';
import { TissueBadge } from '../tissue/TissueBadge';
import { formatDay } from '../time/DayReadout';
import { scorecardFigures } from './scorecard-figures';

export type CompareSide = 'untreated' | 'senolytic';

/** What a scorecard reads of a run, and whether the run is computed to its end. */
export type ScorecardRun = Pick<SimulationRun, 'settings' | 'samples' | 'sampleHours'> & { complete: boolean };

export function Scorecard({ side, run, day }: { side: CompareSide; run: ScorecardRun | null; day: number }) {
  const figures = run ? scorecardFigures(run, day) : null;
  const name = translate(`compare.${side}`);
  // In causal order: the cells the drug removes, the macrophages they call in, then the delay; each
  // figure named as in the numbers panel (the half-full day has a name of its own).
  const rows: [string, string][] = run && figures ? [
    ['senescentCells', formatNumber(figures.senescentCells)],
    ['macrophages', formatNumber(figures.macrophages)],
    ['adipocyteFill', formatPercent(figures.adipocyteFill)],
    ['fatHalfFullDay', fatHalfFullText(figures.fatHalfFullDay, run.complete)],
    ['alveolarCells', formatNumber(figures.alveolarCells)],
  ] : [];
  if (figures && run?.settings.tumour) rows.push(['tumourCells', formatNumber(figures.tumourCells)], ['metastaticCells', formatNumber(figures.metastaticCells)]);
  return (
    <section className={`scorecard scorecard-${side}`} data-scorecard={side} aria-label={name}>
      {/* Every figure on it is the model's, illustrative: the mark says so beside the name. */}
      <div className="title-row"><h2>{name}</h2> <InfMark section="numbers" about={name} /></div>
      {run && <TissueBadge run={run} />}
      {figures ? (
        <dl>
          {rows.map(([key, value]) => (
            <div key={key} data-figure={key}><dt>{translate(key === 'fatHalfFullDay' ? 'compare.fatHalfFull' : `metrics.${key}` as MessageKey)}</dt><dd>{value}</dd></div>
          ))}
        </dl>
      ) : <p className="computing">{translate('app.loading')}</p>}
    </section>
  );
}

/** "Not by day 28" only once the run has reached day 28; until then a part-computed run may yet get there. */
function fatHalfFullText(day: number | null, complete: boolean): string {
  if (day !== null) return translate('time.day', { day: formatDay(day) });
  return complete ? translate('compare.never') : translate('compare.notYetComputed');
}
