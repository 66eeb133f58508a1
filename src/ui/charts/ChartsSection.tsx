// Cell populations over time: the chart (both runs in compare, with a legend), "Show as table" and
// "Download CSV" of the same samples with the contract's column names.

import { useMemo, useState } from 'react';
import { InfMark } from '../about/InfMark';
import { translate } from '../../i18n/translate';
import { metricsCsv, runsCsv } from '../../sim/metrics-csv';
import type { MetricsSample } from '../../sim/metrics';
import { useLobule } from '../../state/store-context';
import { chartColours } from './chart-colours';
import { CHART_METRICS, type ChartRun } from './chart-series';
import { downloadText } from './download-text';
import { PopulationChart } from './PopulationChart';

/** A legend swatch's height per px of its line's width: the bold senescent line has a bold swatch (0.3 rem for a 2.5 px line). */
const SWATCH_REM_PER_LINE_PX = 0.12;
import { SamplesTable } from './SamplesTable';

export function ChartsSection() {
  // The runs' samples, never the runs: React keeps a component's previous hook state, so selecting
  // a run would hold it (about 20 MB) after compare is switched off or the run replaced.
  // A run still streaming in is charted once it is finished (the curves would grow as it computes).
  const samples = useLobule((s) => (s.run && s.runStatus !== 'computing' ? s.run.samples : null));
  const mainIsSenolytic = useLobule((s) => s.run?.settings.clearance ?? false);
  const otherSamples = useLobule((s) => (s.compare ? s.comparisonRun?.samples ?? null : null));
  const theme = useLobule((s) => s.theme);
  const lineColours = chartColours(theme).series;
  const [showTable, setShowTable] = useState(false);
  const runs = useChartRuns(samples, otherSamples, mainIsSenolytic);
  const titleId = 'charts-title';
  return (
    <section className="panel-section charts" aria-labelledby={titleId}>
      <figure aria-labelledby={titleId}>
        <figcaption className="title-row"><h2 id={titleId}>{translate('charts.title')}</h2> <InfMark section="numbers" about={translate('charts.title')} /></figcaption>
        <PopulationChart runs={runs} />
        <ul className="chart-legend">
          {CHART_METRICS.map((m) => (
            <li key={m.key}><span className="swatch" style={{ background: lineColours[m.key], height: `${m.widthPx * SWATCH_REM_PER_LINE_PX}rem` }} aria-hidden="true" />{translate(m.label)}{m.scale === 'fraction' ? ' (%)' : ''}</li>
          ))}
          {runs.length > 1 && (
            <li className="line-key"><span className="line solid" aria-hidden="true" />{translate('compare.untreated')} <span className="line dashed" aria-hidden="true" />{translate('compare.senolytic')}</li>
          )}
        </ul>
      </figure>
      <div className="button-row">
        <button type="button" aria-expanded={showTable} onClick={() => setShowTable(!showTable)} disabled={runs.length === 0}>
          {showTable ? translate('charts.hideTable') : translate('charts.showTable')}
        </button>
        {/* Not on a kiosk: nobody there can take a file away, and the kiosk blocks downloads. */}
        <button type="button" className="not-on-kiosk" disabled={runs.length === 0} onClick={() => downloadText(csvName(runs), csvOf(runs))}>{translate('charts.downloadCsv')}</button>
      </div>
      {showTable && <SamplesTable runs={runs} />}
    </section>
  );
}

/** The runs to chart, made again only when a run changes (so the chart is not rebuilt needlessly). */
function useChartRuns(main: readonly MetricsSample[] | null, other: readonly MetricsSample[] | null, mainIsSenolytic: boolean): ChartRun[] {
  return useMemo(() => {
    if (!main) return [];
    if (!other) return [{ name: 'run', samples: main }];
    const [untreated, senolytic] = mainIsSenolytic ? [other, main] : [main, other];
    return [{ name: 'untreated', samples: untreated }, { name: 'senolytic', samples: senolytic }];
  }, [main, other, mainIsSenolytic]);
}

function csvOf(runs: readonly ChartRun[]): string {
  return runs.length === 1 ? metricsCsv(runs[0].samples) : runsCsv(runs);
}

function csvName(runs: readonly ChartRun[]): string {
  return runs.length === 1 ? 'lobule-metrics.csv' : 'lobule-metrics-untreated-vs-senolytic.csv';
}
