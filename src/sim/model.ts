// The lobule model: its state and `step(hours)`, the only way time enters. Time moves in whole
// internal steps of `stepHours` (fixed for a run), each running the rules in the order of `RULE_SCHEDULE`.

import type { LobuleAnatomy } from './anatomy';
import { CellKind } from './cell-kinds';
import { FIELD_VOXEL_UM, MEMBRANE_PATCHES_PER_ALVEOLUS, MODEL_STEP_HOURS, SASP_DECAY_LENGTH_UM, TIMELINE_START_DAY } from './constants';
import { buildLobule } from './layout/build-lobule';
import { nearestAlveolusMap } from './layout/nearest-alveolus-map';
import { phaseForDay, type PhaseId } from './phases';
import { RULE_SCHEDULE } from './schedule';
import { createScalarField, type ScalarField } from './scalar-field';
import type { SimulationSettings } from './settings';
import { createSpatialHash, type SpatialHash } from './spatial-hash';
import { compactLiving, type Tissue } from './tissue';
import { createHazardClocks, type HazardClocks } from './hazard-clock';

/** The membrane patches of each alveolus, found once (patches are never born or gone). */
function listMembranePatches(tissue: Tissue, alveolusCount: number): Int32Array {
  const slots = new Int32Array(alveolusCount * MEMBRANE_PATCHES_PER_ALVEOLUS).fill(-1);
  const filled = new Int32Array(alveolusCount);
  for (let i = 0; i < tissue.count; i++) {
    if (tissue.kind[i] !== CellKind.membranePatch) continue;
    const a = tissue.alveolus[i];
    slots[a * MEMBRANE_PATCHES_PER_ALVEOLUS + filled[a]++] = i;
  }
  return slots;
}

export interface LobuleModel {
  readonly settings: SimulationSettings;
  /** Hours since weaning (negative in lactation). */
  hour: number;
  /** Steps taken; with the slot, it keys every random draw. */
  stepIndex: number;
  /** The internal time step (hours), the same for the whole run. */
  readonly stepHours: number;
  phase: PhaseId;
  tissue: Tissue;
  anatomy: LobuleAnatomy;
  signals: {
    /** 1 once milk is no longer removed (weaning). */
    milkStasis: number;
    /** STAT3 activity, 0–1, the death and senescence signal of phase 1. */
    stat3: number;
    /** The MMP remodelling programme, on for good from day 2. */
    remodellingCommitted: boolean;
  };
  sasp: ScalarField;
  /** Chemoattractant from dying and shed cells ("eat me" and "find me" cues). */
  debris: ScalarField;
  /** For each field voxel, the alveolus whose membrane is within reach, or -1. */
  nearestAlveolus: Int32Array;
  /** Luminal cells a macrophage can eat, rebuilt each step from `ediblePrey`. */
  contacts: SpatialHash;
  ediblePrey: Int32Array;
  census: {
    senescentCells: number;
    debrisCells: number;
    macrophages: number;
    tumourCells: number;
  };
  /** Each agent's integrated hazard toward its next random event, per rule (see hazard-clock). */
  hazards: HazardClocks;
  /**
   * Membrane patch slots by alveolus (MEMBRANE_PATCHES_PER_ALVEOLUS each, alveolus-major), so a rule
   * can find the patch beside a cell; and the macrophages (weighted) at each patch this step.
   */
  membranePatchSlots: Int32Array;
  macrophagesAtPatch: Float32Array;
  tumourSeeded: boolean;
  metastaticCells: number;
}

export type Rule = (model: LobuleModel, dtHours: number) => void;

export function createLobuleModel(settings: SimulationSettings, stepHours: number = MODEL_STEP_HOURS): LobuleModel {
  if (!(stepHours > 0 && stepHours <= 24)) throw new RangeError(`internal step of ${stepHours} h: expected more than 0 and at most 24`);
  const { anatomy, tissue } = buildLobule(settings.seed, settings.scale);
  const halfExtent = anatomy.semiAxesUm.map((a) => a + 40);
  const sasp = createScalarField(halfExtent, FIELD_VOXEL_UM, SASP_DECAY_LENGTH_UM);
  const hour = TIMELINE_START_DAY * 24;
  return {
    settings,
    hour,
    stepIndex: 0,
    stepHours,
    phase: phaseForDay(hour / 24),
    tissue,
    anatomy,
    signals: { milkStasis: 0, stat3: 0, remodellingCommitted: false },
    sasp,
    debris: createScalarField(halfExtent, FIELD_VOXEL_UM, SASP_DECAY_LENGTH_UM),
    nearestAlveolus: nearestAlveolusMap(sasp, anatomy.alveoli),
    contacts: createSpatialHash(halfExtent, 20, tissue.capacity),
    ediblePrey: new Int32Array(tissue.capacity),
    census: { senescentCells: 0, debrisCells: 0, macrophages: 0, tumourCells: 0 },
    hazards: createHazardClocks(),
    membranePatchSlots: listMembranePatches(tissue, anatomy.alveoli.count),
    macrophagesAtPatch: new Float32Array(anatomy.alveoli.count * MEMBRANE_PATCHES_PER_ALVEOLUS),
    tumourSeeded: false,
    metastaticCells: 0,
  };
}

/**
 * Advances the model by `hours`, rounded to whole internal steps: a run's time grid is fixed by its
 * step, so how time is cut into calls never changes a number.
 */
export function step(model: LobuleModel, hours: number): void {
  const steps = Math.round(hours / model.stepHours);
  for (let k = 0; k < steps; k++) advanceOneStep(model);
}

/** One internal step: every rule once, in order. */
export function advanceOneStep(model: LobuleModel): void {
  compactLiving(model.tissue);
  for (const rule of RULE_SCHEDULE) rule(model, model.stepHours);
}
