// The lobule model: its state and `step(dtHours)`, the only way time enters. `step` caps each
// sub-step at MAX_STEP_HOURS and runs the rules in the fixed order of `RULE_SCHEDULE`.

import type { LobuleAnatomy } from './anatomy';
import { FIELD_VOXEL_UM, MAX_STEP_HOURS, SASP_DECAY_LENGTH_UM, TIMELINE_START_DAY } from './constants';
import { buildLobule } from './layout/build-lobule';
import { nearestAlveolusMap } from './layout/nearest-alveolus-map';
import { phaseForDay, type PhaseId } from './phases';
import { RULE_SCHEDULE } from './schedule';
import { createScalarField, type ScalarField } from './scalar-field';
import type { SimulationSettings } from './settings';
import { createSpatialHash, type SpatialHash } from './spatial-hash';
import type { Tissue } from './tissue';

export interface LobuleModel {
  readonly settings: SimulationSettings;
  /** Hours since weaning (negative in lactation). */
  hour: number;
  /** Steps taken; with the slot, it keys every random draw. */
  stepIndex: number;
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
  /** Fractional macrophage arrivals carried between steps. */
  recruitmentCarry: number;
  tumourSeeded: boolean;
  metastaticCells: number;
}

export type Rule = (model: LobuleModel, dtHours: number) => void;

export function createLobuleModel(settings: SimulationSettings): LobuleModel {
  const { anatomy, tissue } = buildLobule(settings.seed, settings.scale);
  const halfExtent = anatomy.semiAxesUm.map((a) => a + 40);
  const sasp = createScalarField(halfExtent, FIELD_VOXEL_UM, SASP_DECAY_LENGTH_UM);
  const hour = TIMELINE_START_DAY * 24;
  return {
    settings,
    hour,
    stepIndex: 0,
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
    recruitmentCarry: 0,
    tumourSeeded: false,
    metastaticCells: 0,
  };
}

/** Advances the model by `dtHours`, in sub-steps of at most MAX_STEP_HOURS. */
export function step(model: LobuleModel, dtHours: number): void {
  let remaining = dtHours;
  while (remaining > 1e-9) {
    const dt = Math.min(MAX_STEP_HOURS, remaining);
    for (const rule of RULE_SCHEDULE) rule(model, dt);
    remaining -= dt;
  }
}
