// Where on the canvas the main lobule is drawn: all of it, or in the compare view the part that
// SplitRenderer gives it (the untreated part when the senolytic is off, the senolytic part when it
// is on). Picking and labels work in this part only.

import type { PictureInsets } from '../../state/view-slice';
import { compareViewports, type ViewRect } from '../compare/compare-viewports';

export type { ViewRect };

interface MainViewState {
  compare: boolean;
  settings: { clearance: boolean };
  pictureInsets: PictureInsets;
}

// Scratch for the part that is not the main lobule's (labels ask every frame: no garbage).
const other: ViewRect = { left: 0, top: 0, width: 0, height: 0 };

export function mainViewRect(state: MainViewState, canvasWidth: number, canvasHeight: number, out: ViewRect): ViewRect {
  if (!state.compare) {
    out.left = out.top = 0;
    out.width = canvasWidth;
    out.height = canvasHeight;
    return out;
  }
  if (state.settings.clearance) compareViewports(canvasWidth, canvasHeight, state.pictureInsets, other, out);
  else compareViewports(canvasWidth, canvasHeight, state.pictureInsets, out, other);
  return out;
}
