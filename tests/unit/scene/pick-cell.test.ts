// Picking a cell: one ray from the eye through a cell finds that cell's slot (not its neighbour's,
// not one the cut-away removed), and the story of a slot reads from the run's fate history.

import { beforeAll, describe, expect, it } from 'vitest';
import { Plane, Raycaster, Vector3 } from 'three';
import { colourTableFor, structureColoursFor } from '../../../src/scene/instances/colour-table';
import { createShapeMeshes } from '../../../src/scene/instances/create-shape-meshes';
import { writeTissue, type ShapeMeshes } from '../../../src/scene/instances/write-tissue';
import { pickSlot } from '../../../src/scene/picking/pick-cell';
import { CellFate, CellKind, FateCause } from '../../../src/sim/cell-kinds';
import { cellPlaceAt, changeInForce, fateChangesOf } from '../../../src/sim/cell-story';
import { withDefaults } from '../../../src/sim/settings';
import { simulate, type SimulationRun } from '../../../src/sim/simulate';
import { createTissueSnapshot, readTissueAt } from '../../../src/sim/tissue-snapshot';

let run: SimulationRun;
let meshes: ShapeMeshes;
beforeAll(() => {
  run = simulate(withDefaults({ seed: 4 }), { endDay: 6, recordFrames: true });
  const snapshot = createTissueSnapshot();
  readTissueAt(run, -1, snapshot);
  meshes = createShapeMeshes(run.structure);
  writeTissue(snapshot, run.structure, meshes, colourTableFor('cells'), structureColoursFor('cells'));
});

/** A ray from far outside the lobule straight at a slot's centre. */
function rayAt(slot: number): { ray: Raycaster; target: Vector3 } {
  const place = cellPlaceAt(run, slot, -1, { x: 0, y: 0, z: 0, radiusUm: 0 });
  const target = new Vector3(place.x, place.y, place.z);
  const origin = target.clone().add(target.clone().normalize().multiplyScalar(2000));
  return { ray: new Raycaster(origin, target.clone().sub(origin).normalize()), target };
}

describe('picking a cell with one ray', () => {
  it('finds the outermost cell a ray from outside aims at', () => {
    // The luminal cell furthest from the centre: nothing of the lobule lies in front of it.
    let outer = -1;
    let furthest = 0;
    const place = { x: 0, y: 0, z: 0, radiusUm: 0 };
    for (let i = 0; i < run.structure.slotCount; i++) {
      if (run.structure.kind[i] !== CellKind.luminal) continue;
      cellPlaceAt(run, i, -1, place);
      const d = Math.hypot(place.x, place.y, place.z);
      if (d > furthest) { furthest = d; outer = i; }
    }
    const { ray } = rayAt(outer);
    const picked = pickSlot(ray, meshes, []);
    expect(picked).not.toBeNull();
    // The ray may graze a neighbour in the same sheet first, or the basket cell lying over it: either
    // way a cell of that alveolus's surface.
    expect([CellKind.luminal, CellKind.myoepithelial]).toContain(run.structure.kind[picked!]);
    expect(run.structure.alveolus[picked!]).toBe(run.structure.alveolus[outer]);
  });

  it('skips whatever the cut-away removed', () => {
    const { ray, target } = rayAt(0);
    // A plane that clips everything: nothing is left to pick.
    const everything = new Plane(new Vector3(0, 0, 1), -1e6);
    expect(pickSlot(ray, meshes, [everything])).toBeNull();
    expect(target.length()).toBeGreaterThan(0);
  });

  it('judges a whole-cell shape by its centre, not by the point the ray meets', () => {
    const { ray, target } = rayAt(0);
    const slot = pickSlot(ray, meshes, []);
    expect(slot).not.toBeNull();
    const centre = cellPlaceAt(run, slot!, -1, { x: 0, y: 0, z: 0, radiusUm: 0 });
    const towardEye = ray.ray.direction.clone().negate();
    const place = new Vector3(centre.x, centre.y, centre.z);
    // A plane facing away from the eye, 10 µm beyond the cell's centre: the centre is well on the
    // cut-away side, so the whole cell is gone and cannot be picked.
    const beyondCentre = new Plane().setFromNormalAndCoplanarPoint(towardEye.clone().negate(), place.clone().addScaledVector(towardEye, -10));
    expect(pickSlot(ray, meshes, [beyondCentre])).not.toBe(slot);
    // The same plane 2 µm nearer the eye than the centre: the point the ray meets (a radius nearer)
    // is on the cut-away side, but the centre is not, so the cell is drawn whole and is picked.
    const beforeCentre = new Plane().setFromNormalAndCoplanarPoint(towardEye.clone().negate(), place.clone().addScaledVector(towardEye, 2));
    expect(pickSlot(ray, meshes, [beforeCentre])).toBe(slot);
    expect(target.length()).toBeGreaterThan(0);
  });

  it('finds nothing where the ray meets no cell', () => {
    const ray = new Raycaster(new Vector3(0, 5000, 0), new Vector3(0, 1, 0));
    expect(pickSlot(ray, meshes, [])).toBeNull();
  });
});

describe('a cell\'s story', () => {
  it('lists a luminal cell\'s fate changes in order, from its birth, with the rule that made each', () => {
    const slot = [...Array(run.structure.slotCount).keys()].find((i) => {
      if (run.structure.kind[i] !== CellKind.luminal) return false;
      return fateChangesOf(run, i).some((c) => c.fate === CellFate.dying);
    })!;
    const changes = fateChangesOf(run, slot);
    expect(changes[0].cause).toBe(FateCause.born);
    expect(changes[0].fate).toBe(CellFate.secreting);
    for (let i = 1; i < changes.length; i++) expect(changes[i].day).toBeGreaterThanOrEqual(changes[i - 1].day);
    const dying = changes.findIndex((c) => c.fate === CellFate.dying);
    expect([FateCause.stat3Death, FateCause.anoikis, FateCause.senolytic]).toContain(changes[dying].cause);
    expect(changeInForce(changes, changes[dying].day)).toBeGreaterThanOrEqual(dying);
    expect(changeInForce(changes, changes[dying].day - 0.01)).toBe(dying - 1);
    expect(changeInForce(changes, -10)).toBe(-1);
  });
});
