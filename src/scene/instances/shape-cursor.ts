// A write cursor per shape mesh (its instance arrays and how many instances are filled so far),
// and the colour writes every shape shares. Cursors are made once per set of meshes and reused.

import type { InstancedMesh } from 'three';
import { CELL_FATE_COUNT } from '../../sim/cell-kinds';
import type { ColourTable, RGB } from './colour-table';
import { createPose, PX, PY, PZ, SX, SY, SZ, UX, UY, UZ } from './instance-matrix';
import { COLOUR_AT, INSTANCE_FLOATS, instanceCapacity, instancesOf, instanceStart } from './instance-buffer';
import { SHAPE_IDS, type ShapeId } from './shape-ids';

export type ShapeMeshes = Record<ShapeId, InstancedMesh>;

export interface Cursor {
  mesh: InstancedMesh;
  /** The instance buffer's array (all shapes'): INSTANCE_FLOATS numbers an instance, its pose then its colour. */
  instances: Float32Array;
  /** Where the mesh's region of `instances` starts (a number's index). */
  base: number;
  /** The agent slot drawn as each instance (for picking a cell by click). */
  slots: Int32Array;
  count: number;
}

export type Cursors = Record<ShapeId, Cursor>;

/** One set of cursors per set of meshes, made once and reset per write (no allocation per frame). */
const cursorCache = new WeakMap<ShapeMeshes, Cursors>();

export function resetCursors(meshes: ShapeMeshes): Cursors {
  let cursors = cursorCache.get(meshes);
  if (!cursors) {
    cursors = {} as Cursors;
    for (const id of SHAPE_IDS) {
      const mesh = meshes[id];
      const slots = new Int32Array(instanceCapacity(mesh));
      mesh.userData.slots = slots;
      cursors[id] = { mesh, instances: instancesOf(mesh).array as Float32Array, base: instanceStart(mesh) * INSTANCE_FLOATS, slots, count: 0 };
    }
    cursorCache.set(meshes, cursors);
  }
  for (let k = 0; k < SHAPE_IDS.length; k++) {
    const id = SHAPE_IDS[k];
    // Buffers are replaced when a run needs more room (fitShapeMeshes): always write the current ones.
    const cursor = cursors[id];
    cursor.instances = instancesOf(cursor.mesh).array as Float32Array;
    cursor.base = instanceStart(cursor.mesh) * INSTANCE_FLOATS;
    if (cursor.slots.length < instanceCapacity(cursor.mesh)) {
      cursor.slots = new Int32Array(instanceCapacity(cursor.mesh));
      cursor.mesh.userData.slots = cursor.slots;
    }
    cursor.count = 0;
  }
  return cursors;
}

/**
 * The instance being written: a writer fills position, direction and scale (PX…SZ from
 * instance-matrix.ts) and the colour's BLEND and ACCENT here, then calls `placeInstance` and
 * `writeColour`. Numbers go through this array, not arguments, so writing allocates nothing.
 */
export const pose = createPose();
/** Between the two fates (0 the first, 1 the second), and toward the accent colour (0–1). */
export const BLEND = 9, ACCENT = 10;

/** Writes the next instance's pose from `pose`; the caller writes its colour, then `count++`. */
export function placeInstance(c: Cursor): void {
  const out = c.instances;
  const o = c.base + c.count * INSTANCE_FLOATS;
  out[o + PX] = pose[PX]; out[o + PY] = pose[PY]; out[o + PZ] = pose[PZ];
  out[o + UX] = pose[UX]; out[o + UY] = pose[UY]; out[o + UZ] = pose[UZ];
  out[o + SX] = pose[SX]; out[o + SY] = pose[SY]; out[o + SZ] = pose[SZ];
}

/** The colour of an agent between two fates (`pose[BLEND]`), blended toward its accent by `pose[ACCENT]` (0–1). */
export function writeColour(c: Cursor, table: ColourTable, kind: number, from: number, to: number): void {
  const blend = pose[BLEND];
  const accentBy = pose[ACCENT];
  const a = (kind * CELL_FATE_COUNT + from) * 3;
  const b = (kind * CELL_FATE_COUNT + to) * 3;
  const keep = 1 - blend;
  let red = table.base[a] * keep + table.base[b] * blend;
  let green = table.base[a + 1] * keep + table.base[b + 1] * blend;
  let blue = table.base[a + 2] * keep + table.base[b + 2] * blend;
  if (table.hasAccent[kind * CELL_FATE_COUNT + to] && accentBy > 0) {
    const t = accentBy < 1 ? accentBy : 1;
    red += (table.accent[b] - red) * t;
    green += (table.accent[b + 1] - green) * t;
    blue += (table.accent[b + 2] - blue) * t;
  }
  const out = c.instances;
  const o = c.base + c.count * INSTANCE_FLOATS + COLOUR_AT;
  out[o] = red;
  out[o + 1] = green;
  out[o + 2] = blue;
}

export function writeFlatColour(c: Cursor, colour: RGB): void {
  const out = c.instances;
  const o = c.base + c.count * INSTANCE_FLOATS + COLOUR_AT;
  out[o] = colour.r;
  out[o + 1] = colour.g;
  out[o + 2] = colour.b;
}
