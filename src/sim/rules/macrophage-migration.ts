// Rule 13: macrophages crawl up the gradient of SASP and debris cues, with a random walk on top,
// and stay inside the lobule. Their heading is kept for drawing the leading pseudopod.

import { CellFate, CellKind } from '../cell-kinds';
import { MACROPHAGE_SPEED_UM_PER_HOUR, MACROPHAGE_WANDER_UM_PER_HOUR } from '../constants';
import type { LobuleModel } from '../model';
import { eventUniform, RandomStream } from '../random';
import { addFieldGradient } from '../scalar-field';

/** Scratch for one gradient, reused for every macrophage. */
const gradient = new Float64Array(3);

/** Gradients weaker than this (field units per µm) are treated as no gradient. */
const GRADIENT_FLOOR = 1e-4;

export function migrateMacrophages(model: LobuleModel, dtHours: number): void {
  const { tissue, settings, stepIndex, anatomy } = model;
  const { kind, fate, x, y, z, axisX, axisY, axisZ } = tissue;
  const voxelUm = model.sasp.voxelUm;
  const [ax, ay, az] = anatomy.semiAxesUm;
  for (let i = 0; i < tissue.count; i++) {
    if (kind[i] !== CellKind.macrophage || fate[i] !== CellFate.patrolling) continue;
    gradient.fill(0);
    addFieldGradient(model.sasp, x[i], y[i], z[i], 1, gradient);
    addFieldGradient(model.debris, x[i], y[i], z[i], 1, gradient);
    const gx = gradient[0], gy = gradient[1], gz = gradient[2];
    const g = Math.hypot(gx, gy, gz);
    const chemotaxis = g / voxelUm > GRADIENT_FLOOR ? (MACROPHAGE_SPEED_UM_PER_HOUR * dtHours) / g : 0;
    // A random direction from three draws (a cube-then-normalise walk is fine for wandering).
    const rx = eventUniform(settings.seed, RandomStream.macrophageMove, i * 3, stepIndex) - 0.5;
    const ry = eventUniform(settings.seed, RandomStream.macrophageMove, i * 3 + 1, stepIndex) - 0.5;
    const rz = eventUniform(settings.seed, RandomStream.macrophageMove, i * 3 + 2, stepIndex) - 0.5;
    const wander = (MACROPHAGE_WANDER_UM_PER_HOUR * dtHours) / Math.max(1e-6, Math.hypot(rx, ry, rz));
    let dx = gx * chemotaxis + rx * wander;
    let dy = gy * chemotaxis + ry * wander;
    let dz = gz * chemotaxis + rz * wander;
    // Inside the lobule only: near its edge, step back toward the centre.
    const reach = Math.hypot((x[i] + dx) / ax, (y[i] + dy) / ay, (z[i] + dz) / az);
    if (reach > 0.95) {
      dx = -x[i] * 0.02;
      dy = -y[i] * 0.02;
      dz = -z[i] * 0.02;
    }
    x[i] += dx;
    y[i] += dy;
    z[i] += dz;
    const moved = Math.hypot(dx, dy, dz);
    if (moved > 1e-3) {
      axisX[i] = dx / moved;
      axisY[i] = dy / moved;
      axisZ[i] = dz / moved;
    }
  }
}
