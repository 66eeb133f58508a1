// Renders a run (or an ensemble) as the CLI's JSON document or as CSV.

import type { MetricsSample } from '../src/sim/metrics';
import { metricsCsv } from '../src/sim/metrics-csv';
import type { SimulationSettings } from '../src/sim/settings';
import type { RunSummary } from '../src/sim/summary';

export interface CliReport {
  settings: SimulationSettings & { runs: number; seeds: number[]; days: number; stepHours: number; modelStepHours: number };
  samples: MetricsSample[];
  samplesSd?: MetricsSample[];
  summary: RunSummary;
  timing: { agents: number; steps: number; msPerStep: number };
}

export function toJson(report: CliReport): string {
  return JSON.stringify(report, null, 2);
}

/** The same CSV as the app's "Download CSV" (one module writes both). */
export const toCsv = (samples: MetricsSample[]): string => metricsCsv(samples);
