// Named camera poses computed from a run's anatomy: the whole lobule, inside one alveolus, and a
// stretch of stroma between alveoli. Pure functions of the structure, so every seed gets good ones.

import { CellKind } from '../sim/cell-kinds';
import type { RunStructure, SimulationRun } from '../sim/simulate';
import type { CameraPreset } from '../state/view-slice';

export interface CameraPose {
  position: [number, number, number];
  target: [number, number, number];
}

/** Direction the overview looks from (from front, above right), and how far, in lobule radii. */
const OVERVIEW_DIRECTION = normalise([0.42, 0.32, 0.85]);
const OVERVIEW_DISTANCE_RADII = 3.1;

/**
 * How much farther than its pose a preset stands on a view of this aspect (width / height): the
 * poses frame the lobule for a landscape view, and a narrow (portrait) one steps back so the width
 * fits too. The presets, the kiosk's drift home and its distance limit all use it.
 */
export function portraitStepBack(aspect: number): number {
  return Math.max(1, 1 / aspect);
}

export function cameraPose(preset: CameraPreset, run: SimulationRun): CameraPose {
  const { structure } = run;
  const lobuleRadius = Math.max(...structure.semiAxesUm);
  switch (preset) {
    case 'overview': {
      // Aimed at the centre: the single view's lens (framing/lobule-lens.ts, scene/LobuleLens.tsx) draws that point clear
      // of the title card and the timeline.
      const target: [number, number, number] = [0, 0, 0];
      return { position: scale(OVERVIEW_DIRECTION, lobuleRadius * OVERVIEW_DISTANCE_RADII), target };
    }
    case 'alveolus': {
      // Close up on one alveolus, orbiting its centre: with the cut-away (which the preset turns
      // on) the plane passes through that centre and opens the lumen to view.
      const a = centralAlveolus(structure);
      const r = structure.alveolusLactatingRadiusUm[a];
      return { position: add(center(structure, a), scale(OVERVIEW_DIRECTION, r * 5)), target: center(structure, a) };
    }
    case 'tumour': {
      // Close on where the tumour grew (its cells at the end of the run); the overview if none.
      const spot = tumourCentre(run);
      if (!spot) return cameraPose('overview', run);
      return { position: add(spot, scale(OVERVIEW_DIRECTION, lobuleRadius * 0.9)), target: spot };
    }
    case 'stroma': {
      const spot = stromaSpot(structure);
      return { position: add(spot, scale(OVERVIEW_DIRECTION, lobuleRadius * 0.75)), target: spot };
    }
  }
}

/** The largest alveolus among those nearest the centre (well framed, and large enough to enter). */
function centralAlveolus(structure: RunStructure): number {
  const n = structure.alveolusLactatingRadiusUm.length;
  let best = 0;
  let bestScore = -Infinity;
  for (let a = 0; a < n; a++) {
    const score = structure.alveolusLactatingRadiusUm[a] * 3 - Math.hypot(...center(structure, a));
    if (score > bestScore) { bestScore = score; best = a; }
  }
  return best;
}

/** The gap between the two neighbouring alveoli nearest the centre: fat, vessels and fibres fill it. */
function stromaSpot(structure: RunStructure): [number, number, number] {
  let bestDistance = Infinity;
  let spot: [number, number, number] = [0, 0, 0];
  const n = structure.alveolusLactatingRadiusUm.length;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const ca = center(structure, a), cb = center(structure, b);
      const mid = scale(add(ca, cb), 0.5);
      const d = Math.hypot(...mid);
      if (d < bestDistance && Math.hypot(ca[0] - cb[0], ca[1] - cb[1], ca[2] - cb[2]) < 2.6 * Math.max(structure.alveolusLactatingRadiusUm[a], structure.alveolusLactatingRadiusUm[b])) {
        bestDistance = d;
        spot = mid;
      }
    }
  }
  return spot;
}

/** Centre of the tumour cells still in the lobule on the run's last frame, or null. */
export function tumourCentre(run: SimulationRun): [number, number, number] | null {
  const frame = run.frames[run.frames.length - 1];
  if (!frame) return null;
  let n = 0, x = 0, y = 0, z = 0;
  for (let i = 0; i < frame.count; i++) {
    if (run.structure.kind[i] !== CellKind.tumour || frame.radiusUm[i] <= 0) continue;
    n++; x += frame.x[i]; y += frame.y[i]; z += frame.z[i];
  }
  return n > 0 ? [x / n, y / n, z / n] : null;
}

function center(structure: RunStructure, a: number): [number, number, number] {
  const c = structure.alveolusCenterUm;
  return [c[a * 3], c[a * 3 + 1], c[a * 3 + 2]];
}
function add(a: number[], b: number[]): [number, number, number] { return [a[0] + b[0], a[1] + b[1], a[2] + b[2]]; }
function scale(a: number[], s: number): [number, number, number] { return [a[0] * s, a[1] * s, a[2] * s]; }
function normalise(a: [number, number, number]): [number, number, number] { const l = Math.hypot(...a); return scale(a, 1 / l); }
