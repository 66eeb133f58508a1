// Classroom keyboard shortcuts for the whole page (the 3D view's own keys live in the scene):
// Space play/pause, [ and ] step a quarter day, Home back to lactation, C senolytic, T tumour,
// V next colour mode, X cut-away, L labels, F full screen, ? keyboard help, Escape leaves the clean view,
// 0–3 camera presets (overview, alveolus, stroma, tumour).

import { useEffect } from 'react';
import { DAY_MIN } from '../../sim/settings';
import { STEP_DAYS } from '../../state/playback-slice';
import { useLobuleStoreApi } from '../../state/store-context';
import { CAMERA_PRESETS } from '../../state/view-slice';
import { toggleFullScreen } from '../presenter/full-screen';

export function useGlobalShortcuts(): void {
  const store = useLobuleStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) {
        // Form controls keep their own keys, except Space on a checkbox or button, which they use too.
        return;
      }
      const s = store.getState();
      switch (event.key) {
        case ' ':
          if (target && target.tagName === 'BUTTON') return;
          s.togglePlaying();
          break;
        case '[': s.stepDays(-STEP_DAYS); break;
        case ']': s.stepDays(STEP_DAYS); break;
        case 'Home': s.pause(); s.setDay(DAY_MIN); break;
        case 'c': case 'C': s.setClearance(!s.settings.clearance); break;
        case 't': case 'T': s.setTumour(!s.settings.tumour); break;
        case 'v': case 'V': s.cycleColourMode(); break;
        case 'x': case 'X': s.setCutaway(!s.cutaway); break;
        case 'l': case 'L': s.setLabelsOn(!s.labelsOn); break;
        case 'f': case 'F': toggleFullScreen(store); break;
        case '?': s.setHelpOpen(true); break;
        case 'Escape':
          // A dialog closes itself; otherwise Escape leaves the clean view.
          if (!s.cleanView || document.querySelector('dialog[open]')) return;
          s.setCleanView(false);
          break;
        case '0': case '1': case '2': case '3': s.showCameraPreset(CAMERA_PRESETS[Number(event.key)]); break;
        default: return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
