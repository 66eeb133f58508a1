// Everything drawn over the 3D view: the clock, the switches and view controls, the legend and the
// numbers, notices, and the optional profiler.

import { translate } from '../i18n/translate';
import { useLobule } from '../state/store-context';
import { Legend } from './legend/Legend';
import { MetricsReadout } from './metrics/MetricsReadout';
import { Notices } from './notices/Notices';
import { ProfilerOverlay } from './profiler/ProfilerOverlay';
import { useGlobalShortcuts } from './shortcuts/use-global-shortcuts';
import { SwitchPanel } from './switches/SwitchPanel';
import { DayReadout } from './time/DayReadout';
import { Timeline } from './time/Timeline';
import { ViewControls } from './view/ViewControls';

export function Hud() {
  useGlobalShortcuts();
  const profiler = useLobule((s) => s.profiler);
  const runStatus = useLobule((s) => s.runStatus);
  const hasRun = useLobule((s) => s.run !== null);
  return (
    <div className="hud">
      <header className="title-card">
        <h1>{translate('app.title')} <span className="subtitle">{translate('app.subtitle')}</span></h1>
        <DayReadout />
        {runStatus === 'computing' && <p className="computing" data-testid="computing">{hasRun ? translate('app.recomputing') : translate('app.loading')}</p>}
      </header>
      <aside className="side-panel">
        <SwitchPanel />
        <MetricsReadout />
        <ViewControls />
        <Legend />
      </aside>
      <footer className="bottom-bar">
        <Timeline />
      </footer>
      <Notices />
      {profiler && <ProfilerOverlay />}
    </div>
  );
}
