// A badge for what the tissue of a run is doing on the current (quarter) day, beside the clock's
// phase: "Alveoli still lined" or "Collapsed, fat refilled".

import { translate } from '../../i18n/translate';
import { sampleAtDay } from '../../sim/sample-at-day';
import type { SimulationRun } from '../../sim/simulate';
import { useLobule } from '../../state/store-context';
import { tissueState } from './tissue-state';

export function TissueBadge({ run }: { run?: SimulationRun | null }) {
  const own = useLobule((s) => s.run);
  const day = useLobule((s) => s.dayTick);
  const shown = run === undefined ? own : run;
  if (!shown) return null;
  const state = tissueState(sampleAtDay(shown, day), sampleAtDay(shown, 0));
  return (
    <span className={`tissue-badge tissue-${state}`} data-testid="tissue-badge" data-tissue={state} title={translate('tissue.title')}>
      {translate(`tissue.${state}`)}
    </span>
  );
}
