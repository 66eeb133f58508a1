// Where on the canvas the main lobule is drawn: all of it, or in the compare view the half that
// SplitRenderer gives it (left when untreated, right when the senolytic is on). Picking and labels
// work in this part only.

export interface ViewSpan {
  /** CSS px from the canvas's left edge. */
  left: number;
  width: number;
}

export function mainViewSpan(state: { compare: boolean; settings: { clearance: boolean } }, canvasWidth: number, out: ViewSpan): ViewSpan {
  if (!state.compare) {
    out.left = 0;
    out.width = canvasWidth;
    return out;
  }
  const half = Math.floor(canvasWidth / 2);
  out.left = state.settings.clearance ? half : 0;
  out.width = state.settings.clearance ? canvasWidth - half : half;
  return out;
}
