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
  // The sample and settings, not the run: a component holding the run keeps the previous one alive
  // (React's spare fiber) after a change.
  const sample = useLobule((s) => (s.run ? sampleAtDay(s.run, s.dayTick) : null));
  const tumour = useLobule((s) => s.run?.settings.tumour ?? false);
  const seed = useLobule((s) => s.run?.settings.seed ?? 0);
  if (!sample) return null;
  return (
    <section className="panel-section metrics" aria-label={translate('metrics.title')}>
      <h2>{translate('metrics.title')}</h2>
      <table>
        <tbody>
          {ROWS.filter((r) => !r.tumourOnly || tumour).map((r) => (
            <tr key={r.key} data-metric={r.key}>
              <th scope="row">{translate(r.label)}</th>
              <td>{r.format(sample[r.key] as number)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{withInfMarks(translate('metrics.note', { seed: String(seed) }))}</p>
    </section>
  );
}

