// Renders a run (or an ensemble) as the CLI's JSON document or as CSV.

import { METRIC_FIELDS, type MetricsSample } from '../src/sim/metrics';
import type { SimulationSettings } from '../src/sim/settings';
import type { RunSummary } from '../src/sim/summary';

export interface CliReport {
  settings: SimulationSettings & { runs: number; seeds: number[]; days: number; stepHours: number };
  samples: MetricsSample[];
  samplesSd?: MetricsSample[];
  summary: RunSummary;
  timing: { agents: number; steps: number; msPerStep: number };
}

export function toJson(report: CliReport): string {
  return JSON.stringify(report, null, 2);
}

export function toCsv(samples: MetricsSample[]): string {
  const rows = samples.map((s) => METRIC_FIELDS.map((f) => String(s[f])).join(','));
  return [METRIC_FIELDS.join(','), ...rows].join('\n');
}
