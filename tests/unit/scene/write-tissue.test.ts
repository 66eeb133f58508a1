// Writing a snapshot into the instance buffers: every agent takes the shape its kind and fate call
// for, senescent cells get their halo and (outside H&E) their no-division badge, gone agents vanish.

import { BackSide, DoubleSide, FrontSide, Matrix4, type InstancedMesh, type Material } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { colourTableFor, structureColoursFor } from '../../../src/scene/instances/colour-table';
import { createShapeMeshes, fitShapeMeshes } from '../../../src/scene/instances/create-shape-meshes';
import { PX, PY, PZ } from '../../../src/scene/instances/instance-matrix';
import { COLOUR_AT, INSTANCE_FLOATS, instanceCapacity, instancesOf, instanceStart } from '../../../src/scene/instances/instance-buffer';
import { SHAPE_IDS } from '../../../src/scene/instances/shape-ids';
import { JOIN_GAP } from '../../../src/scene/instances/upload-ranges';
import { writeTissue, type ShapeMeshes } from '../../../src/scene/instances/write-tissue';
import { CellFate, CellKind } from '../../../src/sim/cell-kinds';
import { withDefaults } from '../../../src/sim/settings';
import { simulate, type SimulationRun } from '../../../src/sim/simulate';
import { createTissueSnapshot, readTissueAt, type TissueSnapshot } from '../../../src/sim/tissue-snapshot';
import type { ColourMode } from '../../../src/state/view-slice';

let run: SimulationRun;
beforeAll(() => {
  run = simulate(withDefaults({ seed: 6, tumour: true }), { endDay: 6, recordFrames: true });
}, 60_000); // a shared, loaded machine can take a while to simulate

function drawn(day: number, mode: ColourMode): { meshes: ShapeMeshes; snapshot: TissueSnapshot } {
  const snapshot = createTissueSnapshot();
  readTissueAt(run, day, snapshot);
  const meshes = createShapeMeshes(run.structure);
  writeTissue(snapshot, run.structure, meshes, colourTableFor(mode), structureColoursFor(mode));
  return { meshes, snapshot };
}

function countWhere(snapshot: TissueSnapshot, kind: CellKind, fates: CellFate[]): number {
  let n = 0;
  for (let i = 0; i < snapshot.slotCount; i++) {
    if (run.structure.kind[i] === kind && fates.includes(snapshot.fateFrom[i] as CellFate) && snapshot.radiusUm[i] > 0.05) n++;
  }
  return n;
}

describe('writing the tissue into instance buffers (on a frame, day 5)', () => {
  it('puts living epithelium, dying cells and tumour cells on their own meshes', () => {
    const { meshes, snapshot } = drawn(5, 'cells');
    expect(meshes.luminal.count).toBe(countWhere(snapshot, CellKind.luminal, [CellFate.secreting, CellFate.resting, CellFate.senescent]));
    expect(meshes.apoptotic.count).toBe(countWhere(snapshot, CellKind.luminal, [CellFate.dying, CellFate.shed, CellFate.engulfed]));
    expect(meshes.tumour.count).toBe(countWhere(snapshot, CellKind.tumour, [CellFate.proliferating, CellFate.invasive]));
    expect(meshes.macrophage.count).toBe(countWhere(snapshot, CellKind.macrophage, [CellFate.patrolling]));
    expect(meshes.apoptotic.count).toBeGreaterThan(0);
  });

  it('gives every senescent cell a halo and a no-division badge; H&E shows neither, SA-β-gal no halo', () => {
    const senescent = countWhere(drawn(5, 'cells').snapshot, CellKind.luminal, [CellFate.senescent]);
    expect(senescent).toBeGreaterThan(0);
    const cells = drawn(5, 'cells').meshes;
    expect(cells.saspHalo.count).toBe(senescent);
    expect(cells.noDivideBadge.count).toBe(senescent);
    const he = drawn(5, 'he').meshes;
    expect(he.saspHalo.count).toBe(0);
    expect(he.noDivideBadge.count).toBe(0);
    const stain = drawn(5, 'sabgal').meshes;
    expect(stain.saspHalo.count).toBe(0);
    expect(stain.noDivideBadge.count).toBe(senescent);
  });

  it('places each badge and halo at its cell\'s centre, so the cut-away keeps or removes them with the cell', () => {
    const { meshes } = drawn(5, 'cells');
    const at = (mesh: InstancedMesh, k: number): number[] => [PX, PY, PZ].map((j) => instancesOf(mesh).array[(instanceStart(mesh) + k) * INSTANCE_FLOATS + j]);
    const cellCentres = [...Array(meshes.luminal.count).keys()].map((k) => at(meshes.luminal, k));
    expect(meshes.noDivideBadge.count).toBeGreaterThan(0);
    for (let k = 0; k < meshes.noDivideBadge.count; k++) {
      const badge = at(meshes.noDivideBadge, k);
      // Halos and badges are written in the same order, one each per senescent cell.
      expect(at(meshes.saspHalo, k)).toEqual(badge);
      expect(cellCentres.some((c) => c.every((v, j) => Math.abs(v - badge[j]) < 1e-3))).toBe(true);
    }
  });

  it('shows milk in every alveolus in lactation and hides breached membrane patches', () => {
    const lactation = drawn(-1, 'cells').meshes;
    expect(lactation.milk.count).toBe(run.structure.alveolusLactatingRadiusUm.length);
    expect(lactation.membrane.count).toBe(run.structure.alveolusLactatingRadiusUm.length * 20);
    expect(drawn(6, 'cells').meshes.membrane.count).toBeLessThan(lactation.membrane.count);
  });

  it('draws the see-through membrane inside faces first, from the same instances, without flipping a material', () => {
    const { meshes } = drawn(-1, 'cells');
    const outside = meshes.membrane;
    const inside = outside.userData.backFaces as InstancedMesh;
    expect(inside.parent).toBe(outside);
    expect(inside.geometry).toBe(outside.geometry);
    expect(instancesOf(inside)).toBe(instancesOf(outside));
    expect(inside.count).toBe(outside.count);
    expect(inside.renderOrder).toBeLessThan(outside.renderOrder);
    expect([(inside.material as Material).side, (outside.material as Material).side]).toEqual([BackSide, FrontSide]);
    // three draws a double-sided transparent material in two passes by flipping its side (and
    // looking up its shader program again) twice a frame: no such material is left.
    for (const mesh of Object.values(meshes)) {
      const material = mesh.material as Material;
      expect(material.transparent && material.side === DoubleSide).toBe(false);
    }
  });

  it('cross-fades a cell that is dying between two frames: its prism shrinks as its body grows', () => {
    const { meshes, snapshot } = drawn(4 + 3 / 24, 'cells');
    let changing = 0, luminal = 0;
    for (let i = 0; i < snapshot.slotCount; i++) {
      if (run.structure.kind[i] !== CellKind.luminal || snapshot.radiusUm[i] <= 0.05) continue;
      luminal++;
      const living = (f: number) => f === CellFate.secreting || f === CellFate.resting || f === CellFate.senescent;
      if (living(snapshot.fateFrom[i]) !== living(snapshot.fateTo[i])) changing++;
    }
    expect(changing).toBeGreaterThan(0);
    expect(meshes.luminal.count + meshes.apoptotic.count).toBe(luminal + changing);
  });

  it('keeps every shape\'s instances in a region of one buffer, and uploads what was written in as few ranges as the gaps allow, outliving three\'s clear', () => {
    const snapshot = createTissueSnapshot();
    const meshes = createShapeMeshes(run.structure);
    const write = (day: number): void => {
      readTissueAt(run, day, snapshot);
      writeTissue(snapshot, run.structure, meshes, colourTableFor('cells'), structureColoursFor('cells'));
    };
    write(-1);
    const instances = instancesOf(meshes.luminal);
    // One buffer, the regions in order and apart, each large enough for what was written.
    let next = 0;
    for (const id of SHAPE_IDS) {
      const mesh = meshes[id];
      expect(instancesOf(mesh)).toBe(instances);
      expect(instanceStart(mesh)).toBe(next);
      expect(mesh.count).toBeLessThanOrEqual(instanceCapacity(mesh));
      next += instanceCapacity(mesh);
    }
    expect(next * INSTANCE_FLOATS).toBe(instances.array.length);
    // Each shape's written instances, joined where less than JOIN_GAP numbers lie between.
    const expected = (): { start: number; count: number }[] => {
      const spans = SHAPE_IDS.filter((id) => meshes[id].count > 0)
        .map((id) => [instanceStart(meshes[id]) * INSTANCE_FLOATS, (instanceStart(meshes[id]) + meshes[id].count) * INSTANCE_FLOATS]);
      const joined: number[][] = [];
      for (const [from, to] of spans) {
        const last = joined.at(-1);
        if (last && from - last[1] < JOIN_GAP) last[1] = to;
        else joined.push([from, to]);
      }
      return joined.map(([from, to]) => ({ start: from, count: to - from }));
    };
    const ranges = instances.updateRanges;
    const lactating = expected();
    expect(ranges).toEqual(lactating);
    // Fewer calls than shapes drawn, and not the whole buffer in one.
    expect(ranges.length).toBeGreaterThan(1);
    expect(ranges.length).toBeLessThan(SHAPE_IDS.filter((id) => meshes[id].count > 0).length);
    const first = ranges[0];
    // What three's WebGLAttributes does after each upload (it calls `clearUpdateRanges()`), then
    // the next frame's write: the same array and range objects, rewritten (none made per frame).
    instances.clearUpdateRanges();
    write(6);
    expect(instances.updateRanges).toBe(ranges);
    expect(ranges).toEqual(expected());
    expect(ranges).not.toEqual(lactating);
    expect(ranges[0]).toBe(first);
  });

  it('grows the regions for a larger run, keeping each shape\'s instances where its attributes read them', () => {
    const snapshot = createTissueSnapshot();
    const meshes = createShapeMeshes();
    readTissueAt(run, 5, snapshot);
    fitShapeMeshes(meshes, run.structure);
    writeTissue(snapshot, run.structure, meshes, colourTableFor('cells'), structureColoursFor('cells'));
    const before = SHAPE_IDS.map((id) => Array.from({ length: meshes[id].count }, (_, k) => meshes[id].getMatrixAt(k, new Matrix4()).elements.join()));
    // Twice the cells of every kind: every region grows, and the buffer is replaced.
    const larger = { ...run.structure, slotCount: run.structure.slotCount * 2, kind: Uint8Array.from([...run.structure.kind, ...run.structure.kind]) };
    const old = instancesOf(meshes.luminal);
    expect(fitShapeMeshes(meshes, larger as typeof run.structure)).toBe(true);
    expect(instancesOf(meshes.luminal)).not.toBe(old);
    const after = SHAPE_IDS.map((id) => Array.from({ length: meshes[id].count }, (_, k) => meshes[id].getMatrixAt(k, new Matrix4()).elements.join()));
    expect(after).toEqual(before);
    expect(fitShapeMeshes(meshes, larger as typeof run.structure)).toBe(false);
  });

  it('colours lactating (secreting) cells sky blue', () => {
    const { meshes } = drawn(-1, 'cells');
    const first = instanceStart(meshes.luminal) * INSTANCE_FLOATS + COLOUR_AT;
    const colour = instancesOf(meshes.luminal).array.slice(first, first + 3);
    // #56B4E9 in linear RGB: blue well above red.
    expect(colour[2]).toBeGreaterThan(colour[0] * 4);
  });
});
