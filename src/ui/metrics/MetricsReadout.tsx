// The numbers behind the picture at the current day (quarter-day resolution), labelled as model
// numbers for one mouse lobule. React draws the table (rows, labels); the numbers are written into
// its cells by a transient subscription (at most 4 Hz while playing), so playing re-renders nothing.

import { useLayoutEffect, useRef } from 'react';
import { formatNumber, formatPercent, PLAIN_NUMBER, translate, type LanguageCode, type MessageKey } from '../../i18n/translate';
import type { MetricsSample } from '../../sim/metrics';
import { sampleAtDay } from '../../sim/sample-at-day';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { subscribeReadout } from '../readouts/subscribe-readout';
import { withInfMarks } from '../about/InfMark';

const count = (value: number, lang: LanguageCode): string => formatNumber(value, PLAIN_NUMBER, lang);

const ROWS: { key: keyof MetricsSample; label: MessageKey; format: (v: number, lang: LanguageCode) => string; tumourOnly?: boolean }[] = [
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
  const store = useLobuleStoreApi();
  // Settings, not the run: a component holding the run keeps the previous one alive (React's spare
  // fiber) after a change.
  const hasRun = useLobule((s) => s.run !== null);
  const tumour = useLobule((s) => s.run?.settings.tumour ?? false);
  const seed = useLobule((s) => s.run?.settings.seed ?? 0);
  const kiosk = useLobule((s) => s.mode === 'kiosk');
  // In compare the table is one of the two lobules' (the run with the switches as set): it says which.
  const compareSide = useLobule((s) => (s.compare && s.run ? (s.run.settings.clearance ? 'senolytic' : 'untreated') : null));
  const title = translate(compareSide === 'senolytic' ? 'metrics.titleSenolytic' : compareSide === 'untreated' ? 'metrics.titleUntreated' : 'metrics.title');
  const lang = useLobule((s) => s.lang);
  const cells = useRef<(HTMLTableCellElement | null)[]>([]);
  const rows = ROWS.filter((r) => !r.tumourOnly || tumour);

  // Before paint, so the table never shows empty cells. The selected sample is one of the run's own
  // objects (no allocation), so a new quarter day or a new run rewrites the numbers. A sample's texts
  // are kept with it (until the run goes), and compared with what each cell was given rather than
  // read back from the DOM: a looping kiosk then makes no new strings.
  useLayoutEffect(() => {
    if (!hasRun) return;
    const shownRows = ROWS.filter((r) => !r.tumourOnly || tumour);
    const textsOf = new WeakMap<MetricsSample, string[]>();
    const written: string[] = [];
    return subscribeReadout(store, (s) => (s.run ? sampleAtDay(s.run, s.dayTick) : null), (sample) => {
      if (!sample) return;
      let texts = textsOf.get(sample);
      // In the page's language: a new language subscribes again and rewrites every number.
      if (!texts) textsOf.set(sample, (texts = shownRows.map((r) => r.format(sample[r.key] as number, lang))));
      for (let k = 0; k < texts.length; k++) {
        const cell = cells.current[k];
        if (!cell || written[k] === texts[k]) continue;
        cell.textContent = texts[k];
        written[k] = texts[k];
      }
    }, 'quarterDay');
  }, [store, hasRun, tumour, lang]);

  if (!hasRun) return null;
  return (
    <section className="panel-section metrics" aria-label={title}>
      <h2>{title}</h2>
      <table>
        <tbody>
          {rows.map((r, k) => (
            <tr key={r.key} data-metric={r.key}>
              <th scope="row">{translate(r.label)}</th>
              <td ref={(cell) => { cells.current[k] = cell; }} />
            </tr>
          ))}
        </tbody>
      </table>
      {/* The seed lets a lecturer or a CSV name this lobule again; at a kiosk it is jargon. */}
      <p className="note">{withInfMarks(kiosk ? translate('metrics.noteKiosk') : translate('metrics.note', { seed: String(seed) }), 'numbers', title)}</p>
    </section>
  );
}
