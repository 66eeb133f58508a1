// Computes the compare view's second run (the app's settings with the senolytic flipped) with a
// run controller of its own, only while compare is on. The run is handed over once finished, so
// the second lobule never shows a half-computed timeline.

import { translate } from '../i18n/translate';
import { comparisonSettings } from '../sim/compare-runs';
import type { LobuleStore } from '../state/store';
import { createRunController, type RunController } from './run-controller';

export function startComparisonController(store: LobuleStore): () => void {
  let controller: RunController | null = null;

  const follow = (): void => {
    const { compare, settings } = store.getState();
    if (!compare) {
      if (controller) {
        controller.dispose();
        controller = null;
        store.getState().setComparisonRun(null);
      }
      return;
    }
    controller ??= createRunController({
      onRun(run, _readyUntil, done) {
        if (done) store.getState().setComparisonRun(run);
      },
      onError: (message) => store.getState().addNotice(translate('run.failed', { error: message })),
    });
    controller.request(comparisonSettings(settings));
  };

  follow();
  const unsubscribe = store.subscribe((s, p) => {
    if (s.compare !== p.compare || (s.compare && s.settings !== p.settings)) follow();
  });
  return () => {
    unsubscribe();
    controller?.dispose();
    controller = null;
  };
}
