// Everything drawn over the 3D view: the clock, the switches and view controls, the legend and the
// numbers, notices, and the optional profiler.

import { lazy, Suspense, useEffect, useRef } from 'react';
import { translate } from '../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../state/store-context';
import { CellCard } from './inspector/CellCard';

import { ChartsSection } from './charts/ChartsSection';
import { CompareOverlay } from './compare/CompareOverlay';
import { CompareToggle } from './compare/CompareToggle';
import { Legend } from './legend/Legend';
import { PictureKey } from './legend/PictureKey';
import { LiveDescription } from './live/LiveDescription';
import { MetricsReadout } from './metrics/MetricsReadout';
import { Notices } from './notices/Notices';
import { AboutButton } from './about/AboutButton';
import { AboutDialog } from './about/AboutDialog';
import { HelpButton, HelpDialog } from './presenter/HelpDialog';
import { LabelsButton } from './presenter/LabelsButton';
import { PreferencesPanel } from './preferences/PreferencesPanel';
import { CleanViewButton, FullScreenButton, ShowControlsButton } from './presenter/PresenterButtons';
import { ResetButton } from './reset/ResetButton';
import { RunStatus } from './status/RunStatus';
import { useGlobalShortcuts } from './shortcuts/use-global-shortcuts';
import { SwitchChips } from './switches/SwitchChips';
import { SwitchPanel } from './switches/SwitchPanel';
import { useHeightVariable } from './layout/use-height-variable';
import { usePictureInsets } from './layout/use-picture-insets';
import { EmbedChrome } from './embed/EmbedChrome';
import { ShareTools } from './share/ShareTools';
import { DayReadout } from './time/DayReadout';
import { Timeline } from './time/Timeline';
import { TourButton, TourPanel } from './tour/TourPanel';
import { ViewControls } from './view/ViewControls';

// `?profiler=1` only: loaded on demand, in a chunk of its own (see scene/LobuleCanvas.tsx).
const ProfilerOverlay = lazy(() => import('./profiler/ProfilerOverlay').then((m) => ({ default: m.ProfilerOverlay })));

export function Hud() {
  useGlobalShortcuts();
  // Strings are looked up while rendering: a new language re-renders every control in place.
  useLobule((s) => s.lang);
  const profiler = useLobule((s) => s.profiler);
  const panelOpen = useLobule((s) => s.panelOpen);
  const compare = useLobule((s) => s.compare);
  const setPanelOpen = useLobuleStoreApi().getState().setPanelOpen;
  const hud = useRef<HTMLDivElement>(null);
  const bottomBar = useRef<HTMLElement>(null);
  // Overlays over the picture (compare scorecards) stand on the timeline's top edge.
  useHeightVariable(bottomBar, hud, '--bottom-bar-height');
  // The stacked compare view (portrait screens) draws its lobules between the title card and the timeline.
  const titleCard = useRef<HTMLElement>(null);
  usePictureInsets(hud, titleCard, bottomBar);
  const mode = useLobule((s) => s.mode);
  const cleanView = useLobule((s) => s.cleanView);
  // Reset (the button, a kiosk's idle reset) shows the panel from its top again: the switches.
  const sidePanel = useRef<HTMLElement>(null);
  const store = useLobuleStoreApi();
  useEffect(() => store.subscribe((s, previous) => {
    if (s.resets !== previous.resets && sidePanel.current) sidePanel.current.scrollTop = 0;
  }), [store]);
  return (
    <div className={`hud${panelOpen ? ' panel-open' : ''}${cleanView ? ' clean-view' : ''}${compare ? ' compare' : ''}`} ref={hud}>
      <header className="title-card" ref={titleCard}>
        <h1>{translate('app.title')} <span className="subtitle">{translate('app.subtitle')}</span></h1>
        <DayReadout />
        <SwitchChips />
        <div className="title-actions">
          <CompareToggle />
          <ResetButton />
          <TourButton />
          <LabelsButton />
          <FullScreenButton />
          <CleanViewButton />
          <HelpButton />
          <AboutButton />
        </div>
        <PictureKey />
        {mode === 'embed' && <EmbedChrome />}
        <RunStatus />
      </header>
      {/* Small screens: the panel is a drawer behind this button (hidden by CSS on wide screens). */}
      <button type="button" className="panel-toggle" data-testid="panel-toggle" aria-expanded={panelOpen} aria-controls="controls-panel"
        onClick={() => setPanelOpen(!panelOpen)}>
        {panelOpen ? translate('panel.close') : translate('panel.open')}
      </button>
      <aside className="side-panel" id="controls-panel" ref={sidePanel}>
        {/* The switches, then the curves that show what they do: both in view without scrolling at
            1280×720; the numbers of now, view controls and legend follow. */}
        <SwitchPanel />
        <ChartsSection />
        <MetricsReadout />
        <ViewControls />
        <Legend />
        {mode !== 'kiosk' && <ShareTools />}
        <PreferencesPanel />
      </aside>
      <footer className="bottom-bar" ref={bottomBar}>
        <Timeline />
      </footer>
      <ShowControlsButton />
      <CellCard />
      <TourPanel />
      {compare && <CompareOverlay />}
      <Notices />
      <LiveDescription />
      <HelpDialog />
      <AboutDialog />
      {profiler && <Suspense fallback={null}><ProfilerOverlay /></Suspense>}
    </div>
  );
}
