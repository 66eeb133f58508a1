// A badge for what the tissue of a run is doing on the current (quarter) day, beside the clock's
// phase: "Alveoli still lined" or "Collapsed, fat refilled".

import { translate } from '../../i18n/translate';
import { sampleAtDay } from '../../sim/sample-at-day';
import type { SimulationRun } from '../../sim/simulate';
import { useLobule } from '../../state/store-context';
import { tissueState } from './tissue-state';

export function TissueBadge({ run }: { run?: Pick<SimulationRun, 'samples' | 'sampleHours'> | null }) {
  // The samples, not the run: state React keeps after a change must not hold the previous run.
  const ownSamples = useLobule((s) => s.run?.samples);
  const ownHours = useLobule((s) => s.run?.sampleHours ?? 6);
  const day = useLobule((s) => s.dayTick);
  const shown = run === undefined ? (ownSamples ? { samples: ownSamples, sampleHours: ownHours } : null) : run;
  if (!shown) return null;
  const state = tissueState(sampleAtDay(shown, day), sampleAtDay(shown, 0));
  return (
    <span className={`tissue-badge tissue-${state}`} data-testid="tissue-badge" data-tissue={state} title={translate('tissue.title')}>
      {translate(`tissue.${state}`)}
    </span>
  );
}
