// Copies a tissue snapshot into the instance buffer (every shape's region) in one pass over the agents:
// each agent goes to the writer of its kind (agent-writers.ts), then milk fills each lumen. Runs
// only when the snapshot or the colour mode changes.

import { LUMINAL_RADIUS_UM } from '../../sim/constants';
import type { RunStructure } from '../../sim/simulate';
import type { TissueSnapshot } from '../../sim/tissue-snapshot';
import { AGENT_WRITERS, type WriteContext } from './agent-writers';
import { shareInstances } from './create-shape-meshes';
import type { ColourTable, StructureColours } from './colour-table';
import { PX, PY, PZ, SX, SY, SZ, UX, UY, UZ } from './instance-matrix';
import { INSTANCE_FLOATS, instancesOf } from './instance-buffer';
import { placeInstance, pose, resetCursors, writeFlatColour, type ShapeMeshes } from './shape-cursor';
import { markWritten } from './upload-ranges';
import { SHAPE_IDS } from './shape-ids';

export type { ShapeMeshes } from './shape-cursor';

/** SASP halo pulses with simulated time (3 beats a day), so a paused picture never changes. */
const HALO_BEATS_PER_DAY = 3;

/** The spans written this time, a shape's at most each (numbers into the instance buffer). */
const writtenFrom = new Int32Array(SHAPE_IDS.length);
const writtenTo = new Int32Array(SHAPE_IDS.length);

/** One context per set of meshes, refilled per write (no allocation per frame). */
const contexts = new WeakMap<ShapeMeshes, WriteContext>();

export function writeTissue(
  snapshot: TissueSnapshot,
  structure: RunStructure,
  meshes: ShapeMeshes,
  colours: ColourTable,
  structureColours: StructureColours,
  /** Reduced motion: the SASP halo keeps one size instead of beating. */
  steadyHalo = false,
): void {
  const cursors = resetCursors(meshes);
  let ctx = contexts.get(meshes);
  if (!ctx) {
    ctx = { snapshot, structure, cursors, colours, structureColours, pulse: 1 };
    contexts.set(meshes, ctx);
  }
  ctx.snapshot = snapshot;
  ctx.structure = structure;
  ctx.colours = colours;
  ctx.structureColours = structureColours;
  ctx.pulse = steadyHalo ? 1 : 1 + 0.18 * Math.sin(2 * Math.PI * HALO_BEATS_PER_DAY * snapshot.day);

  const { kind } = structure;
  const { radiusUm } = snapshot;
  for (let i = 0; i < snapshot.slotCount; i++) {
    if (!(radiusUm[i] > 0.05)) continue;
    AGENT_WRITERS[kind[i] as keyof typeof AGENT_WRITERS]?.(ctx, i);
  }

  // Milk: one droplet per alveolus, its volume following the milk left in it.
  const milk = cursors.milk;
  const centre = structure.alveolusCenterUm;
  for (let a = 0; a < snapshot.milkFill.length; a++) {
    const lumen = Math.max(0, snapshot.alveolusRadiusUm[a] - LUMINAL_RADIUS_UM * 1.2) * Math.cbrt(snapshot.milkFill[a]);
    if (lumen < 2) continue;
    pose[PX] = centre[a * 3]; pose[PY] = centre[a * 3 + 1]; pose[PZ] = centre[a * 3 + 2];
    pose[UX] = 0; pose[UY] = 1; pose[UZ] = 0;
    pose[SX] = lumen; pose[SY] = lumen; pose[SZ] = lumen;
    placeInstance(milk);
    writeFlatColour(milk, structureColours.milk);
    milk.count++;
  }

  // Indexed loops: an iterator is an allocation until the optimiser removes it. The regions lie in
  // SHAPE_IDS's order, so the spans come in increasing order. A shape with nothing to draw uploads nothing.
  let spans = 0;
  for (let k = 0; k < SHAPE_IDS.length; k++) {
    const { mesh, count, base } = cursors[SHAPE_IDS[k]];
    mesh.count = count;
    mesh.visible = count > 0;
    shareInstances(mesh);
    if (count === 0) continue;
    writtenFrom[spans] = base;
    writtenTo[spans] = base + count * INSTANCE_FLOATS;
    spans++;
  }
  markWritten(instancesOf(cursors.luminal.mesh), writtenFrom, writtenTo, spans);
}
