// Places label boxes beside their anchors on screen so that no two overlap, none covers another's
// anchor or a control panel, and all stay inside the view: each label tries a few leader-line
// directions and lengths in turn, in priority order, and is hidden if none fits. Pure, allocation-free
// after the first call (writes into the given placements).

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelToPlace {
  /** Anchor on screen (CSS px), or NaN when the structure is not visible. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Space no box may cover around this anchor (px); unset, ANCHOR_CLEARANCE. A tumour keeps its whole mass clear. */
  clearPx?: number;
}

export interface Placement {
  shown: boolean;
  /** Top-left corner of the box. */
  left: number;
  top: number;
  /** Where the leader line meets the box. */
  lineX: number;
  lineY: number;
}

/** Leader directions tried in order (up-right first: labels read above the cells), and lengths (px). */
const DIRECTIONS: readonly [number, number][] = [[1, -1], [-1, -1], [1, 1], [-1, 1], [0, -1], [0, 1]];
const LENGTHS = [34, 70, 110, 150];
/** Space kept around anchors (px), so a box never hides the thing another label points at. */
const ANCHOR_CLEARANCE = 7;
const MARGIN = 4;
/** Space kept between two boxes (px): boxes are drawn at whole pixels, so touching ones could overlap. */
const GAP = 3;

const overlaps = (a: Rect, b: Rect): boolean => a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;

/** Boxes placed so far in this pass (a pool reused across calls). */
const placed: Rect[] = [];
const box: Rect = { left: 0, top: 0, right: 0, bottom: 0 };

function fits(labels: readonly LabelToPlace[], self: LabelToPlace, placedCount: number, obstacles: readonly Rect[]): boolean {
  for (let j = 0; j < placedCount; j++) if (overlaps(placed[j], box)) return false;
  for (const r of obstacles) if (overlaps(r, box)) return false;
  const cx = (box.left + box.right) / 2, cy = (box.top + box.bottom) / 2;
  for (const other of labels) {
    if (!Number.isFinite(other.x)) continue;
    const clear = Math.max(ANCHOR_CLEARANCE, other.clearPx ?? 0);
    if (Math.abs(other.x - cx) < self.width / 2 + clear && Math.abs(other.y - cy) < self.height / 2 + clear) return false;
  }
  return true;
}

export function placeLabels(labels: readonly LabelToPlace[], view: Rect, obstacles: readonly Rect[], out: Placement[]): Placement[] {
  while (out.length < labels.length) out.push({ shown: false, left: 0, top: 0, lineX: 0, lineY: 0 });
  while (placed.length < labels.length) placed.push({ left: 0, top: 0, right: 0, bottom: 0 });
  let placedCount = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    const p = out[i];
    p.shown = false;
    if (!Number.isFinite(label.x) || !Number.isFinite(label.y)) continue;
    search: for (const length of LENGTHS) {
      for (const [dx, dy] of DIRECTIONS) {
        // The line ends at the box's nearest corner (or edge middle for straight up/down).
        const endX = label.x + dx * length * (dx === 0 ? 0 : 0.8);
        const endY = label.y + dy * length * (dx === 0 ? 1 : 0.6);
        box.left = dx > 0 ? endX : dx < 0 ? endX - label.width : endX - label.width / 2;
        box.top = dy > 0 ? endY : endY - label.height;
        box.right = box.left + label.width;
        box.bottom = box.top + label.height;
        if (box.left < view.left + MARGIN || box.top < view.top + MARGIN || box.right > view.right - MARGIN || box.bottom > view.bottom - MARGIN) continue;
        if (!fits(labels, label, placedCount, obstacles)) continue;
        p.shown = true;
        p.left = box.left;
        p.top = box.top;
        p.lineX = endX;
        p.lineY = endY;
        const r = placed[placedCount++];
        r.left = box.left; r.top = box.top; r.right = box.right; r.bottom = box.bottom;
        break search;
      }
    }
  }
  return out;
}
