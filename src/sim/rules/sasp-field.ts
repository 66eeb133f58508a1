// Rule 4: the SASP and debris fields. Each senescent cell secretes the SASP at a steady rate;
// dying and shed cells release "find me" cues. Both spread and decay over ~70 µm (see scalar-field).
// With the SASP knocked out, senescent cells are there but secrete nothing.

import { CellFate, CellKind, isDebris } from '../cell-kinds';
import { DEBRIS_HALF_SATURATION, SASP_HALF_SATURATION } from '../constants';
import type { LobuleModel } from '../model';
import { clearField, depositInField, sampleField, spreadField } from '../scalar-field';
import { isKnockedOut } from '../settings';

export function spreadSaspField(model: LobuleModel): void {
  const { tissue, sasp, debris } = model;
  clearField(sasp);
  clearField(debris);
  const { kind, fate, x, y, z } = tissue;
  const secretes = !isKnockedOut(model.settings, 'sasp');
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (kind[i] !== CellKind.luminal) continue;
    const f = fate[i] as CellFate;
    if (f === CellFate.senescent) { if (secretes) depositInField(sasp, x[i], y[i], z[i], 1); }
    else if (isDebris(f)) depositInField(debris, x[i], y[i], z[i], 1);
  }
  // Nothing to spread in lactation or once the tissue is quiet.
  if (model.census.senescentCells > 0 && secretes) spreadField(sasp);
  if (model.census.debrisCells > 0) spreadField(debris);
}

/** The local SASP signal at a point, 0–1 (saturating). */
export function saspSignalAt(model: LobuleModel, x: number, y: number, z: number): number {
  const raw = sampleField(model.sasp, x, y, z);
  return raw / (raw + SASP_HALF_SATURATION);
}

/** The local debris ("find me") signal at a point, 0–1 (saturating). */
export function debrisSignalAt(model: LobuleModel, x: number, y: number, z: number): number {
  const raw = sampleField(model.debris, x, y, z);
  return raw / (raw + DEBRIS_HALF_SATURATION);
}
