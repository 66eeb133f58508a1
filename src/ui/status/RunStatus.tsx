// Says that a run is being computed and how far it has got (a bar), while the picture already
// shows the part computed so far or, after a change, the previous run. In the title card; the
// tour's card has a copy for where the title card steps aside (a phone's tour, the clean view).

import { translate } from '../../i18n/translate';
import { useLobule } from '../../state/store-context';

export function RunStatus({ testId = 'computing' }: { testId?: string }) {
  const runStatus = useLobule((s) => s.runStatus);
  const hasRun = useLobule((s) => s.run !== null);
  // Whole percent: a re-render per percent at most, not per part.
  const percent = useLobule((s) => Math.floor(s.runProgress * 100));
  if (runStatus !== 'computing') return null;
  return (
    <p className="computing" data-testid={testId}>
      <span>{hasRun ? translate('app.recomputing') : translate('app.loading')}</span>
      <progress className="run-progress" data-testid={`${testId}-progress`} max={100} value={percent} aria-label={translate('app.progress', { percent })} />
    </p>
  );
}
