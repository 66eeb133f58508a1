// Over the compare view: a line between the two lobules and, with each, its name and scorecard
// (under each when side by side, at each one's top-left corner when stacked).
// Re-renders on the quarter-day tick, not every frame.

import { untreatedAndSenolytic } from '../../sim/compare-runs';
import { useLobule } from '../../state/store-context';
import type { MetricsSample } from '../../sim/metrics';
import type { SimulationSettings } from '../../sim/settings';
import { Scorecard, type ScorecardRun } from './Scorecard';

export function CompareOverlay() {
  // The runs' samples and settings, never the runs: React keeps a closed overlay's state a while,
  // and that must not keep a 21 MB run alive after compare is turned off.
  const mainSettings = useLobule((s) => s.run?.settings);
  const mainSamples = useLobule((s) => s.run?.samples);
  const otherSettings = useLobule((s) => s.comparisonRun?.settings);
  const otherSamples = useLobule((s) => s.comparisonRun?.samples);
  const sampleHours = useLobule((s) => s.run?.sampleHours ?? 6);
  const day = useLobule((s) => s.dayTick);
  const arrangement = useLobule((s) => s.compareArrangement);
  const side = (settings: SimulationSettings | undefined, samples: MetricsSample[] | undefined): ScorecardRun | null =>
    settings && samples ? { settings, samples, sampleHours } : null;
  const { untreated, senolytic } = untreatedAndSenolytic(side(mainSettings, mainSamples), side(otherSettings, otherSamples));
  return (
    <div className={`compare-overlay ${arrangement}`} data-testid="compare-overlay" data-arrangement={arrangement}>
      <Scorecard side="untreated" run={untreated} day={day} />
      <Scorecard side="senolytic" run={senolytic} day={day} />
    </div>
  );
}
