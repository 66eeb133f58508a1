// The chart's samples as an HTML table (the contract's columns, counts and 0–1 fractions as the CLI
// prints them), one block of columns per run in compare.

import { translate } from '../../i18n/translate';
import { CHART_METRICS, type ChartRun } from './chart-series';

export function SamplesTable({ runs }: { runs: readonly ChartRun[] }) {
  if (runs.length === 0) return null;
  const compare = runs.length > 1;
  return (
    <div className="samples-table" tabIndex={0} role="region" aria-label={translate('charts.tableLabel')}>
      <table>
        <thead>
          <tr>
            <th scope="col">day</th>
            {runs.flatMap((run) => CHART_METRICS.map((m) => (
              <th scope="col" key={`${run.name}-${m.key}`} title={translate(m.label)}>{compare ? `${run.name} ${m.key}` : m.key}</th>
            )))}
          </tr>
        </thead>
        <tbody>
          {runs[0].samples.map((sample, i) => (
            <tr key={sample.day}>
              <th scope="row">{sample.day}</th>
              {runs.flatMap((run) => CHART_METRICS.map((m) => <td key={`${run.name}-${m.key}`}>{run.samples[i][m.key]}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
