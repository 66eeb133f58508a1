// Copies a tissue snapshot into the instance buffers of every shape in one pass over the agents:
// which shape an agent takes (kind and fate), where it sits and points, how big it is, and its
// colour blended between its fates and by its signal. Runs only when the snapshot changes.

import type { InstancedBufferAttribute, InstancedMesh } from 'three';
import { CELL_FATE_COUNT, CellFate, CellKind, isLivingLuminal } from '../../sim/cell-kinds';
import { CAPILLARY_SEGMENT_UM, LUMINAL_RADIUS_UM } from '../../sim/constants';
import type { RunStructure } from '../../sim/simulate';
import type { TissueSnapshot } from '../../sim/tissue-snapshot';
import type { ColourTable, RGB, StructureColours } from './colour-table';
import { writeInstanceMatrix } from './instance-matrix';
import { SHAPE_IDS, type ShapeId } from './shape-ids';

export type ShapeMeshes = Record<ShapeId, InstancedMesh>;

/** Patches thinner than this are gone from view (fully breached). */
const MEMBRANE_VISIBLE_ABOVE = 0.08;
/** SASP halo pulses with simulated time (3 beats a day), so a paused picture never changes. */
const HALO_BEATS_PER_DAY = 3;

interface Cursor {
  mesh: InstancedMesh;
  matrices: Float32Array;
  colours: Float32Array;
  /** The agent slot drawn as each instance (for picking a cell by click). */
  slots: Int32Array;
  count: number;
}

/** One set of cursors per set of meshes, made once and reset per write (no allocation per frame). */
const cursorCache = new WeakMap<ShapeMeshes, Record<ShapeId, Cursor>>();

function cursorsFor(meshes: ShapeMeshes): Record<ShapeId, Cursor> {
  let cursors = cursorCache.get(meshes);
  if (!cursors) {
    cursors = {} as Record<ShapeId, Cursor>;
    for (const id of SHAPE_IDS) {
      const mesh = meshes[id];
      const slots = new Int32Array(mesh.instanceMatrix.count);
      mesh.userData.slots = slots;
      cursors[id] = { mesh, matrices: mesh.instanceMatrix.array as Float32Array, colours: mesh.instanceColor!.array as Float32Array, slots, count: 0 };
    }
    cursorCache.set(meshes, cursors);
  }
  for (const id of SHAPE_IDS) {
    // Buffers are replaced when a run needs more room (fitShapeMeshes): always write the current ones.
    const cursor = cursors[id];
    cursor.matrices = cursor.mesh.instanceMatrix.array as Float32Array;
    cursor.colours = cursor.mesh.instanceColor!.array as Float32Array;
    if (cursor.slots.length < cursor.mesh.instanceMatrix.count) {
      cursor.slots = new Int32Array(cursor.mesh.instanceMatrix.count);
      cursor.mesh.userData.slots = cursor.slots;
    }
    cursor.count = 0;
  }
  return cursors;
}

/** Uploads only the instances written this time (not the whole buffer). */
function markWritten(attribute: InstancedBufferAttribute, length: number): void {
  attribute.clearUpdateRanges();
  attribute.addUpdateRange(0, length);
  attribute.needsUpdate = true;
}

const F = CellFate;

export function writeTissue(
  snapshot: TissueSnapshot,
  structure: RunStructure,
  meshes: ShapeMeshes,
  colours: ColourTable,
  structureColours: StructureColours,
  /** Reduced motion: the SASP halo keeps one size instead of beating. */
  steadyHalo = false,
): void {
  const cursors = cursorsFor(meshes);
  const { x, y, z, radiusUm, signal, fateFrom, fateTo, headingX, headingY, headingZ, blend } = snapshot;
  const { kind, alveolus, alveolusCenterUm } = structure;
  const pulse = steadyHalo ? 1 : 1 + 0.18 * Math.sin(2 * Math.PI * HALO_BEATS_PER_DAY * snapshot.day);

  for (let i = 0; i < snapshot.slotCount; i++) {
    const r = radiusUm[i];
    if (!(r > 0.05)) continue;
    const px = x[i], py = y[i], pz = z[i];
    const hx = headingX[i], hy = headingY[i], hz = headingZ[i];
    const k = kind[i];
    let c: Cursor;
    let sx = r, sy = r, sz = r;
    let cx = px, cy = py, cz = pz;
    let accentBy = signal[i];
    switch (k) {
      case CellKind.luminal: {
        // Across a fate change everything blends, so nothing pops: a dying cell's prism shrinks
        // while its apoptotic body grows in; height, halo and badge follow senescence in and out.
        const from = fateFrom[i], to = fateTo[i];
        const living = (isLivingLuminal(from as CellFate) ? 1 - blend : 0) + (isLivingLuminal(to as CellFate) ? blend : 0);
        if (living < 1) {
          const body = cursors.apoptotic;
          const d = r * (1 - living);
          writeInstanceMatrix(body.matrices, body.count, px, py, pz, hx, hy, hz, d, d, d);
          writeColour(body, colours, k, from, to, blend, 0);
          body.slots[body.count] = i;
          body.count++;
        }
        if (living <= 0) continue;
        c = cursors.luminal;
        sx = sz = 2 * r * living;
        sy = (luminalHeightUm(from, r) * (1 - blend) + luminalHeightUm(to, r) * blend) * living;
        const senescence = (from === F.senescent ? 1 - blend : 0) + (to === F.senescent ? blend : 0);
        if (senescence > 0) {
          const halo = cursors.saspHalo;
          const h = r * pulse * senescence;
          writeInstanceMatrix(halo.matrices, halo.count, px, py, pz, hx, hy, hz, 2.6 * h, 2 * h, 2.6 * h);
          writeFlatColour(halo, structureColours.saspHalo);
          halo.count++;
          if (structureColours.noDivideBadge) {
            // Just above the flat cell, facing out of the alveolus.
            const badge = cursors.noDivideBadge;
            const lift = 0.35 * LUMINAL_RADIUS_UM + 1.5;
            const b = r * senescence;
            writeInstanceMatrix(badge.matrices, badge.count, px + hx * lift, py + hy * lift, pz + hz * lift, hx, hy, hz, 0.95 * b, b, 0.95 * b);
            writeFlatColour(badge, structureColours.noDivideBadge);
            badge.count++;
          }
        }
        accentBy = 0;
        break;
      }
      case CellKind.myoepithelial:
        c = cursors.myoepithelial;
        sx = sz = r * (2.2 + 3.4 * signal[i]);
        sy = r * 0.9;
        break;
      case CellKind.membranePatch: {
        const integrity = signal[i];
        if (integrity <= MEMBRANE_VISIBLE_ABOVE) continue;
        c = cursors.membrane;
        const a = alveolus[i] * 3;
        cx = alveolusCenterUm[a]; cy = alveolusCenterUm[a + 1]; cz = alveolusCenterUm[a + 2];
        const dx = px - cx, dy = py - cy, dz = pz - cz;
        const distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
        // The cap shrinks as it is cut, opening gaps in the shell, down to nothing (no pop).
        const fading = Math.min(1, (integrity - MEMBRANE_VISIBLE_ABOVE) / 0.2);
        sx = sz = distance * (0.25 + 0.75 * integrity) * fading;
        sy = distance;
        accentBy = 1 - integrity;
        break;
      }
      case CellKind.adipocyte: c = cursors.adipocyte; accentBy = Math.min(1, signal[i] * 1.6); break;
      case CellKind.fibroblast: c = cursors.fibroblast; break;
      case CellKind.collagenFibre: c = cursors.collagen; sy = 2 * r; sx = sz = 1.3; break;
      case CellKind.capillarySegment: c = cursors.capillary; sy = CAPILLARY_SEGMENT_UM + 3; sx = sz = r * (1 + 0.6 * signal[i]); break;
      case CellKind.macrophage: c = cursors.macrophage; sx = sz = r * (1 + 0.15 * signal[i]); break;
      case CellKind.tumour: {
        c = cursors.tumour;
        // Invasive cells stretch along their way (blended across the change).
        const invasive = (fateFrom[i] === F.invasive ? 1 - blend : 0) + (fateTo[i] === F.invasive ? blend : 0);
        sy = r * (1 + 0.9 * invasive);
        sx = sz = r * (1 - 0.28 * invasive);
        accentBy = 0;
        break;
      }
      default:
        continue;
    }
    writeInstanceMatrix(c.matrices, c.count, cx, cy, cz, hx, hy, hz, sx, sy, sz);
    writeColour(c, colours, k, fateFrom[i], fateTo[i], blend, accentBy);
    c.slots[c.count] = i;
    c.count++;
  }

  // Milk: one droplet per alveolus, shrinking as it is resorbed.
  const milk = cursors.milk;
  for (let a = 0; a < snapshot.milkFill.length; a++) {
    const lumen = Math.max(0, snapshot.alveolusRadiusUm[a] - LUMINAL_RADIUS_UM * 1.2) * Math.cbrt(snapshot.milkFill[a]);
    if (lumen < 2) continue;
    writeInstanceMatrix(milk.matrices, milk.count, alveolusCenterUm[a * 3], alveolusCenterUm[a * 3 + 1], alveolusCenterUm[a * 3 + 2], 0, 1, 0, lumen, lumen, lumen);
    writeFlatColour(milk, structureColours.milk);
    milk.count++;
  }

  for (const id of SHAPE_IDS) {
    const { mesh, count } = cursors[id];
    mesh.count = count;
    mesh.visible = count > 0;
    // A shape with nothing to draw uploads nothing.
    if (count === 0) continue;
    markWritten(mesh.instanceMatrix, count * 16);
    markWritten(mesh.instanceColor!, count * 3);
  }
}

/** Height of a luminal cell's prism: tall while secreting, cuboidal at rest, flat when senescent. */
function luminalHeightUm(fate: number, radiusUm: number): number {
  if (fate === F.senescent) return 0.7 * LUMINAL_RADIUS_UM;
  return (fate === F.secreting ? 1.6 : 1.35) * radiusUm;
}

function writeColour(c: Cursor, table: ColourTable, kind: number, from: number, to: number, blend: number, accentBy: number): void {
  const a = (kind * CELL_FATE_COUNT + from) * 3;
  const b = (kind * CELL_FATE_COUNT + to) * 3;
  const keep = 1 - blend;
  let red = table.base[a] * keep + table.base[b] * blend;
  let green = table.base[a + 1] * keep + table.base[b + 1] * blend;
  let blue = table.base[a + 2] * keep + table.base[b + 2] * blend;
  if (table.hasAccent[kind * CELL_FATE_COUNT + to] && accentBy > 0) {
    const t = Math.min(1, accentBy);
    red += (table.accent[b] - red) * t;
    green += (table.accent[b + 1] - green) * t;
    blue += (table.accent[b + 2] - blue) * t;
  }
  const o = c.count * 3;
  c.colours[o] = red;
  c.colours[o + 1] = green;
  c.colours[o + 2] = blue;
}

function writeFlatColour(c: Cursor, colour: RGB): void {
  const o = c.count * 3;
  c.colours[o] = colour.r;
  c.colours[o + 1] = colour.g;
  c.colours[o + 2] = colour.b;
}
