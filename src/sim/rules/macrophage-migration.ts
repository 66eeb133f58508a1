// Rule 13: macrophages crawl up the gradient of SASP and debris cues, with a random walk on top,
// and stay inside the lobule; an intact basement membrane keeps them out of the lumens. Their
// heading is kept for drawing the leading pseudopod.

import { CellFate, CellKind } from '../cell-kinds';
import { MACROPHAGE_SPEED_UM_PER_HOUR, MACROPHAGE_WANDER_UM_PER_SQRT_HOUR } from '../constants';
import type { LobuleModel } from '../model';
import { eventUniform, RandomStream } from '../random';
import { addFieldGradient } from '../scalar-field';
import { keepOutOfIntactLumens } from './membrane-patches';

/** Scratch for one gradient, reused for every macrophage. */
const gradient = new Float64Array(3);

/** Near the lobule's edge a macrophage heads back toward the centre, 2% of the way per hour. */
const EDGE_RETURN_HOURS = 49.5;

/** Gradients weaker than this (field units per µm) are treated as no gradient. */
const GRADIENT_FLOOR = 1e-4;

export function migrateMacrophages(model: LobuleModel, dtHours: number): void {
  const { tissue, settings, stepIndex, anatomy } = model;
  const { kind, fate, x, y, z, axisX, axisY, axisZ } = tissue;
  const voxelUm = model.sasp.voxelUm;
  const [ax, ay, az] = anatomy.semiAxesUm;
  const edgeReturn = 1 - Math.exp(-dtHours / EDGE_RETURN_HOURS);
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (kind[i] !== CellKind.macrophage || fate[i] !== CellFate.patrolling) continue;
    gradient.fill(0);
    addFieldGradient(model.sasp, x[i], y[i], z[i], 1, gradient);
    addFieldGradient(model.debris, x[i], y[i], z[i], 1, gradient);
    const gx = gradient[0], gy = gradient[1], gz = gradient[2];
    const g = Math.hypot(gx, gy, gz);
    const chemotaxis = g / voxelUm > GRADIENT_FLOOR ? (MACROPHAGE_SPEED_UM_PER_HOUR * dtHours) / g : 0;
    // The random walk: a uniformly random direction, and a length ∝ √dt (diffusion), so the spread
    // over a day is the same at any step. Chemotaxis above is a drift, ∝ dt.
    const cosTheta = 2 * eventUniform(settings.seed, RandomStream.macrophageMove, i * 3, stepIndex) - 1;
    const around = 2 * Math.PI * eventUniform(settings.seed, RandomStream.macrophageMove, i * 3 + 1, stepIndex);
    const sinTheta = Math.sqrt(1 - cosTheta * cosTheta);
    const wander = MACROPHAGE_WANDER_UM_PER_SQRT_HOUR * Math.sqrt(dtHours);
    const rx = sinTheta * Math.cos(around), ry = sinTheta * Math.sin(around), rz = cosTheta;
    let dx = gx * chemotaxis + rx * wander;
    let dy = gy * chemotaxis + ry * wander;
    let dz = gz * chemotaxis + rz * wander;
    // Inside the lobule only: near its edge, step back toward the centre.
    const reach = Math.hypot((x[i] + dx) / ax, (y[i] + dy) / ay, (z[i] + dz) / az);
    if (reach > 0.95) {
      dx = -x[i] * edgeReturn;
      dy = -y[i] * edgeReturn;
      dz = -z[i] * edgeReturn;
    }
    const fromX = x[i], fromY = y[i], fromZ = z[i];
    x[i] += dx;
    y[i] += dy;
    z[i] += dz;
    keepOutOfIntactLumens(model, i, fromX, fromY, fromZ); // biology: intact membranes keep them out
    const moved = Math.hypot(dx, dy, dz);
    if (moved > 1e-3) {
      axisX[i] = dx / moved;
      axisY[i] = dy / moved;
      axisZ[i] = dz / moved;
    }
  }
}
