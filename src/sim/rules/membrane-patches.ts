// Finding the basement-membrane patch beside a point: what a tumour cell reads before it invades,
// where a macrophage's proteases land, and whether a macrophage may cross into a lumen.

import { LUMINAL_RADIUS_UM, MEMBRANE_BREACHED_BELOW, MEMBRANE_PATCHES_PER_ALVEOLUS } from '../constants';
import { voxelAt } from '../layout/nearest-alveolus-map';
import type { LobuleModel } from '../model';

/**
 * Alveolus `a`'s membrane patch whose direction from the centre is closest to the point's, as an
 * index into `model.membranePatchSlots` (and per-patch arrays such as `macrophagesAtPatch`).
 */
export function nearestMembranePatch(model: LobuleModel, a: number, px: number, py: number, pz: number): number {
  const { axisX, axisY, axisZ } = model.tissue;
  const { centerX, centerY, centerZ } = model.anatomy.alveoli;
  const dx = px - centerX[a], dy = py - centerY[a], dz = pz - centerZ[a];
  const slots = model.membranePatchSlots;
  const first = a * MEMBRANE_PATCHES_PER_ALVEOLUS;
  let best = first;
  let bestDot = -Infinity;
  for (let p = first; p < first + MEMBRANE_PATCHES_PER_ALVEOLUS; p++) {
    const s = slots[p];
    // Patches sit on the surface along their axis: the largest dot product is the nearest patch.
    const d = axisX[s] * dx + axisY[s] * dy + axisZ[s] * dz;
    if (d > bestDot) { bestDot = d; best = p; }
  }
  return best;
}

/** The radius at which alveolus `a`'s membrane lies now (outside its epithelium). */
export function membraneRadiusUm(model: LobuleModel, a: number): number {
  return model.anatomy.alveoli.radiusUm[a] + LUMINAL_RADIUS_UM + 3;
}

/** Integrity (0–1) of the membrane patch beside a point of alveolus `a`. */
export function membraneIntegrityAt(model: LobuleModel, a: number, px: number, py: number, pz: number): number {
  return model.tissue.signal[model.membranePatchSlots[nearestMembranePatch(model, a, px, py, pz)]];
}

/** Whether the membrane patch beside a point of alveolus `a` still holds (cells cannot pass it). */
export function membraneHoldsAt(model: LobuleModel, a: number, px: number, py: number, pz: number): boolean {
  return membraneIntegrityAt(model, a, px, py, pz) >= MEMBRANE_BREACHED_BELOW;
}

/** Whether a point lies inside alveolus `a`'s membrane (in its epithelium or lumen). */
export function insideMembrane(model: LobuleModel, a: number, px: number, py: number, pz: number): boolean {
  const { centerX, centerY, centerZ } = model.anatomy.alveoli;
  const r = membraneRadiusUm(model, a);
  return (px - centerX[a]) ** 2 + (py - centerY[a]) ** 2 + (pz - centerZ[a]) ** 2 < r * r;
}

/**
 * An intact membrane keeps a macrophage out of the lumen: a step that would carry it from outside to
 * inside across a patch that still holds ends on the membrane's outer face instead. Through a
 * breached patch it goes in. Leaving is never blocked (a membrane re-laid behind it does not trap it).
 */
export function keepOutOfIntactLumens(model: LobuleModel, i: number, fromX: number, fromY: number, fromZ: number): void {
  const { x, y, z } = model.tissue;
  const a = model.nearestAlveolus[voxelAt(model.sasp, x[i], y[i], z[i])];
  if (a < 0 || !insideMembrane(model, a, x[i], y[i], z[i]) || insideMembrane(model, a, fromX, fromY, fromZ)) return;
  if (!membraneHoldsAt(model, a, x[i], y[i], z[i])) return;
  const { centerX, centerY, centerZ } = model.anatomy.alveoli;
  const dx = x[i] - centerX[a], dy = y[i] - centerY[a], dz = z[i] - centerZ[a];
  const d = Math.max(1e-6, Math.hypot(dx, dy, dz));
  const r = membraneRadiusUm(model, a) + 0.5;
  x[i] = centerX[a] + (dx / d) * r;
  y[i] = centerY[a] + (dy / d) * r;
  z[i] = centerZ[a] + (dz / d) * r;
}

/**
 * Whether a macrophage can touch a luminal cell of alveolus `a`: not through a membrane that holds
 * (it must be inside, or the patch between them must be breached).
 */
export function canReachThroughMembrane(model: LobuleModel, a: number, eater: number): boolean {
  const { x, y, z } = model.tissue;
  return insideMembrane(model, a, x[eater], y[eater], z[eater]) || !membraneHoldsAt(model, a, x[eater], y[eater], z[eater]);
}
