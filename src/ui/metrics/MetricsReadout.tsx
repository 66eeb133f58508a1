// The numbers behind the picture at the current day (quarter-day resolution), labelled as model
// numbers for one mouse lobule.

import { formatNumber, formatPercent, translate, type MessageKey } from '../../i18n/translate';
import type { MetricsSample } from '../../sim/metrics';
import { sampleAtDay } from '../../sim/sample-at-day';
import { useLobule } from '../../state/store-context';
import { withInfMarks } from '../about/InfMark';

const count = (value: number): string => formatNumber(value);

const ROWS: { key: keyof MetricsSample; label: MessageKey; format: (v: number) => string; tumourOnly?: boolean }[] = [
  { key: 'alveolarCells', label: 'metrics.alveolarCells', format: count },
  { key: 'senescentCells', label: 'metrics.senescentCells', format: count },
  { key: 'apoptoticCells', label: 'metrics.apoptoticCells', format: count },
  { key: 'macrophages', label: 'metrics.macrophages', format: count },
  { key: 'adipocyteFill', label: 'metrics.adipocyteFill', format: formatPercent },
  { key: 'basementMembrane', label: 'metrics.basementMembrane', format: formatPercent },
  { key: 'tumourCells', label: 'metrics.tumourCells', format: count, tumourOnly: true },
  { key: 'invasiveTumourCells', label: 'metrics.invasiveTumourCells', format: count, tumourOnly: true },
  { key: 'metastaticCells', label: 'metrics.metastaticCells', format: count, tumourOnly: true },
];

export function MetricsReadout() {
  const run = useLobule((s) => s.run);
  const day = useLobule((s) => s.dayTick);
  if (!run) return null;
  const sample = sampleAtDay(run, day);
  return (
    <section className="panel-section metrics" aria-label={translate('metrics.title')}>
      <h2>{translate('metrics.title')}</h2>
      <table>
        <tbody>
          {ROWS.filter((r) => !r.tumourOnly || run.settings.tumour).map((r) => (
            <tr key={r.key} data-metric={r.key}>
              <th scope="row">{translate(r.label)}</th>
              <td>{r.format(sample[r.key] as number)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{withInfMarks(translate('metrics.note', { seed: String(run.settings.seed) }))}</p>
    </section>
  );
}
