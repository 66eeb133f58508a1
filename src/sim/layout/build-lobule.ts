// Builds one lobule for a seed: the duct tree, the alveoli with their epithelium, basket and
// membrane, and the stroma. Everything starts in the lactating state.

import { createAlveoli, type LobuleAnatomy } from '../anatomy';
import { CellFate, CellKind, FateCause } from '../cell-kinds';
import {
  ADIPOCYTE_LACTATION_FILL, ALVEOLI_PER_LOBULE, ALVEOLUS_OPENING_RAD, CAPILLARIES_PER_LOBULE, CAPILLARY_RADIUS_UM,
  COLLAGEN_FIBRE_LENGTH_UM, COLLAGEN_FIBRES_PER_ALVEOLUS, FIBROBLAST_LENGTH_UM, FIBROBLASTS_PER_ALVEOLUS,
  LOBULE_SEMI_AXES_UM, LUMINAL_FOOTPRINT_UM2, LUMINAL_RADIUS_UM, MACROPHAGE_RADIUS_UM,
  MEMBRANE_PATCHES_PER_ALVEOLUS, MYOEPITHELIAL_PER_ALVEOLUS, MYOEPITHELIAL_RADIUS_UM,
  RESIDENT_MACROPHAGES_PER_ALVEOLUS, TIMELINE_START_DAY,
} from '../constants';
import { dot, fibonacciDirections, type Vec3 } from '../geometry';
import { createRandom } from '../random';
import { createTissue, spawnAgent, type Tissue } from '../tissue';
import { placeAlveoli } from './alveoli-layout';
import { threadCapillaries } from './capillary-layout';
import { growDuctTree } from './duct-tree';
import { placeAdipocytes, placeInStroma, placeSpindles } from './stroma-layout';

export interface BuiltLobule {
  anatomy: LobuleAnatomy;
  tissue: Tissue;
}

/** Room for agents born during a run (macrophages, tumour cells) beyond those built here. */
const BIRTH_HEADROOM = 1.25;

export function buildLobule(seed: number, scaleFactor: number): BuiltLobule {
  const random = createRandom(seed);
  const lengthScale = Math.cbrt(scaleFactor);
  const semiAxes = LOBULE_SEMI_AXES_UM.map((a) => a * lengthScale) as Vec3;
  const trunkAndBranches = growDuctTree(random, semiAxes, scaleFactor);
  const placed = placeAlveoli(random, trunkAndBranches, semiAxes, Math.round(ALVEOLI_PER_LOBULE * scaleFactor));
  const ducts = [...trunkAndBranches, ...placed.ductules];
  const capillaries = threadCapillaries(random, placed.alveoli, semiAxes, Math.round(CAPILLARIES_PER_LOBULE * scaleFactor));
  const adipocytes = placeAdipocytes(random, placed.alveoli, ducts, semiAxes);
  const fibroblasts = placeSpindles(random, placed.alveoli, FIBROBLASTS_PER_ALVEOLUS, [10, 22]);
  const fibres = placeSpindles(random, placed.alveoli, COLLAGEN_FIBRES_PER_ALVEOLUS, [5, 9]);
  const residents = placeInStroma(random, placed.alveoli, semiAxes, RESIDENT_MACROPHAGES_PER_ALVEOLUS * placed.alveoli.length);

  const alveoli = createAlveoli(placed.alveoli.length);
  const cellsPerAlveolus = placed.alveoli.map((a) => Math.round((4 * Math.PI * a.radiusUm ** 2) / LUMINAL_FOOTPRINT_UM2));
  const estimate = cellsPerAlveolus.reduce((sum, n) => sum + n, 0) + placed.alveoli.length * 60 + adipocytes.length + capillaries.length;
  const tissue = createTissue(Math.ceil(estimate * BIRTH_HEADROOM));
  const hour = TIMELINE_START_DAY * 24;
  const born = FateCause.born;

  placed.alveoli.forEach((a, index) => {
    alveoli.centerX[index] = a.center[0];
    alveoli.centerY[index] = a.center[1];
    alveoli.centerZ[index] = a.center[2];
    alveoli.lactatingRadiusUm[index] = a.radiusUm;
    alveoli.radiusUm[index] = a.radiusUm;
    const cosOpening = Math.cos(ALVEOLUS_OPENING_RAD);
    // Each alveolus folds in its own way as it collapses: a smooth pattern of bulges and dents.
    const phase = [random.range(0, 6.3), random.range(0, 6.3), random.range(0, 6.3)];
    const fold = (d: Vec3): number => Math.sin(3 * d[0] + phase[0]) * Math.sin(3 * d[1] + phase[1]) * Math.cos(2 * d[2] + phase[2]);
    const onSurface = (kind: CellKind, fate: CellFate, directions: Vec3[], offsetUm: number, radiusUm: number, signal: number): number => {
      let n = 0;
      for (const d of directions) {
        if (kind === CellKind.luminal && dot(d, a.stalk) > cosOpening) continue; // the ductule opening
        spawnAgent(tissue, {
          kind, fate, alveolus: index, radiusUm, signal, surfaceFold: fold(d),
          x: a.center[0] + d[0] * (a.radiusUm + offsetUm),
          y: a.center[1] + d[1] * (a.radiusUm + offsetUm),
          z: a.center[2] + d[2] * (a.radiusUm + offsetUm),
          axisX: d[0], axisY: d[1], axisZ: d[2],
        }, hour, born);
        n++;
      }
      return n;
    };
    const twist = random.range(0, Math.PI * 2);
    alveoli.initialCells[index] = onSurface(CellKind.luminal, CellFate.secreting, fibonacciDirections(cellsPerAlveolus[index], twist), 0, LUMINAL_RADIUS_UM, 1);
    alveoli.livingCells[index] = alveoli.initialCells[index];
    onSurface(CellKind.myoepithelial, CellFate.present, fibonacciDirections(MYOEPITHELIAL_PER_ALVEOLUS, twist + 1), LUMINAL_RADIUS_UM + 1, MYOEPITHELIAL_RADIUS_UM, 1);
    onSurface(CellKind.membranePatch, CellFate.present, fibonacciDirections(MEMBRANE_PATCHES_PER_ALVEOLUS, twist + 2), LUMINAL_RADIUS_UM + 3, a.radiusUm, 1);
  });

  const capillarySlots = capillaries.map((c) =>
    spawnAgent(tissue, {
      kind: CellKind.capillarySegment, fate: CellFate.present, alveolus: -1, radiusUm: CAPILLARY_RADIUS_UM, signal: 0,
      x: c.center[0], y: c.center[1], z: c.center[2], axisX: c.axis[0], axisY: c.axis[1], axisZ: c.axis[2],
    }, hour, born),
  );

  const adipocyteSlots = adipocytes.map((a) =>
    spawnAgent(tissue, {
      kind: CellKind.adipocyte, fate: CellFate.present, alveolus: -1, signal: ADIPOCYTE_LACTATION_FILL,
      radiusUm: a.maxRadiusUm * Math.cbrt(ADIPOCYTE_LACTATION_FILL),
      x: a.center[0], y: a.center[1], z: a.center[2], axisX: 0, axisY: 1, axisZ: 0,
    }, hour, born),
  );
  const neighbourStart = new Int32Array(adipocytes.length + 1);
  adipocytes.forEach((a, i) => (neighbourStart[i + 1] = neighbourStart[i] + a.neighbours.length));

  const spindle = (kind: CellKind, lengthUm: number) => (s: { center: Vec3; axis: Vec3 }) =>
    spawnAgent(tissue, {
      kind, fate: CellFate.present, alveolus: -1, radiusUm: lengthUm / 2, signal: 0,
      x: s.center[0], y: s.center[1], z: s.center[2], axisX: s.axis[0], axisY: s.axis[1], axisZ: s.axis[2],
    }, hour, born);
  fibroblasts.forEach(spindle(CellKind.fibroblast, FIBROBLAST_LENGTH_UM));
  fibres.forEach(spindle(CellKind.collagenFibre, COLLAGEN_FIBRE_LENGTH_UM));

  for (const p of residents) {
    spawnAgent(tissue, {
      kind: CellKind.macrophage, fate: CellFate.patrolling, alveolus: -1, radiusUm: MACROPHAGE_RADIUS_UM, signal: 0,
      x: p[0], y: p[1], z: p[2], axisX: 1, axisY: 0, axisZ: 0,
    }, hour, born);
  }

  return {
    tissue,
    anatomy: {
      semiAxesUm: semiAxes,
      ducts,
      alveoli,
      adipocyteSlots: Int32Array.from(adipocyteSlots),
      adipocyteMaxRadiusUm: Float32Array.from(adipocytes.map((a) => a.maxRadiusUm)),
      adipocyteNeighbourStart: neighbourStart,
      adipocyteNeighbours: Int32Array.from(adipocytes.flatMap((a) => a.neighbours)),
      capillarySlots: Int32Array.from(capillarySlots),
    },
  };
}
