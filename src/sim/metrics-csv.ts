// The metrics as CSV with the contract's column names (ARCHITECTURE.md), one row per sample: the
// CLI's `--format csv` and the app's "Download CSV" write exactly this.

import { METRIC_FIELDS, type MetricsSample } from './metrics';

export function metricsCsv(samples: readonly MetricsSample[]): string {
  const rows = samples.map((s) => METRIC_FIELDS.map((f) => String(s[f])).join(','));
  return [METRIC_FIELDS.join(','), ...rows].join('\n');
}

/** Several runs in one file: a first column `run` names each row's run ("untreated", "senolytic"). */
export function runsCsv(runs: readonly { name: string; samples: readonly MetricsSample[] }[]): string {
  const rows = runs.flatMap(({ name, samples }) => samples.map((s) => [name, ...METRIC_FIELDS.map((f) => String(s[f]))].join(',')));
  return [['run', ...METRIC_FIELDS].join(','), ...rows].join('\n');
}
