// The chart's samples as an HTML table, for reading rather than for machines: the metrics' names
// and the fractions in %, one block of columns per run in compare. Each column header carries the
// contract's metric name (`data-metric`), which the CSV download keeps as its column names.

import { formatNumber, translate, TWO_DECIMALS, type MessageKey } from '../../i18n/translate';
import type { MetricsSample } from '../../sim/metrics';
import { CHART_METRICS, type ChartMetric, type ChartRun } from './chart-series';

/** A sample's figure as the table shows it: a count as it is, a 0–1 fraction as a percentage to a tenth. */
export const tableValue = (sample: MetricsSample, metric: ChartMetric): string =>
  formatNumber(metric.scale === 'fraction' ? Math.round(sample[metric.key] * 1000) / 10 : sample[metric.key]);

export function SamplesTable({ runs }: { runs: readonly ChartRun[] }) {
  if (runs.length === 0) return null;
  const compare = runs.length > 1;
  const heading = (run: ChartRun, metric: ChartMetric): string => {
    const label = `${translate(metric.label)}${metric.scale === 'fraction' ? ' (%)' : ''}`;
    return compare ? `${translate(`compare.${run.name}` as MessageKey)}: ${label}` : label;
  };
  return (
    <div className="samples-table" tabIndex={0} role="region" aria-label={translate('charts.tableLabel')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{translate('controls.timeline')}</th>
            {runs.flatMap((run) => CHART_METRICS.map((m) => (
              <th scope="col" key={`${run.name}-${m.key}`} data-metric={m.key} data-run={run.name}>{heading(run, m)}</th>
            )))}
          </tr>
        </thead>
        <tbody>
          {runs[0].samples.map((sample, i) => (
            <tr key={sample.day}>
              <th scope="row">{formatNumber(sample.day, TWO_DECIMALS)}</th>
              {runs.flatMap((run) => CHART_METRICS.map((m) => <td key={`${run.name}-${m.key}`}>{tableValue(run.samples[i], m)}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
