// The run's metrics sample nearest a day (samples are evenly spaced from the run's first day).

import type { MetricsSample } from './metrics';

export function sampleAtDay(run: { samples: MetricsSample[]; sampleHours: number }, day: number): MetricsSample {
  const { samples } = run;
  const index = Math.round(((day - samples[0].day) * 24) / run.sampleHours);
  return samples[Math.min(samples.length - 1, Math.max(0, index))];
}
