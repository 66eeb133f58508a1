// A badge for what the tissue of a run is doing on the current (quarter) day, beside the clock's
// phase: "Alveoli still lined" or "Collapsed, fat refilled". It selects the state itself (a short
// string), so it re-renders when the tissue changes stage, not on every quarter day.

import { translate } from '../../i18n/translate';
import { sampleAtDay } from '../../sim/sample-at-day';
import type { SimulationRun } from '../../sim/simulate';
import { useLobule } from '../../state/store-context';
import { tissueState } from './tissue-state';

type Samples = Pick<SimulationRun, 'samples' | 'sampleHours'>;

export function TissueBadge({ run }: { run?: Samples | null }) {
  // The run's samples, read inside the selector, never kept: state React keeps after a change must
  // not hold the previous run. The selector runs on every store change (each quarter day while
  // playing): two array reads and a few comparisons, returning a constant string.
  const state = useLobule((s) => {
    const shown: Samples | null = run === undefined ? s.run : run;
    return shown ? tissueState(sampleAtDay(shown, s.dayTick), sampleAtDay(shown, 0)) : null;
  });
  if (!state) return null;
  return (
    <span className={`tissue-badge tissue-${state}`} data-testid="tissue-badge" data-tissue={state} title={translate('tissue.title')}>
      {translate(`tissue.${state}`)}
    </span>
  );
}
