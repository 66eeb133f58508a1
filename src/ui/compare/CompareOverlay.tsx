// Over the compare view: a line between the two lobules and, under each, its name and scorecard.
// Re-renders on the quarter-day tick, not every frame.

import { untreatedAndSenolytic } from '../../sim/compare-runs';
import { useLobule } from '../../state/store-context';
import { Scorecard } from './Scorecard';

export function CompareOverlay() {
  const run = useLobule((s) => s.run);
  const comparisonRun = useLobule((s) => s.comparisonRun);
  const day = useLobule((s) => s.dayTick);
  const { untreated, senolytic } = untreatedAndSenolytic(run, comparisonRun);
  return (
    <div className="compare-overlay" data-testid="compare-overlay">
      <Scorecard side="untreated" run={untreated} day={day} />
      <Scorecard side="senolytic" run={senolytic} day={day} />
    </div>
  );
}
