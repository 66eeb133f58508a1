// The public metrics (ARCHITECTURE.md): one sample per step of the run, shared by the CLI, the
// charts, the CSV export and the embed API.

import { CellFate, CellKind, isDebris, isLivingLuminal } from './cell-kinds';
import type { LobuleModel } from './model';
import type { PhaseId } from './phases';
import { saspSignalAt } from './rules/sasp-field';

export interface MetricsSample {
  day: number;
  phase: PhaseId;
  alveolarCells: number;
  senescentCells: number;
  apoptoticCells: number;
  macrophages: number;
  adipocyteFill: number;
  basementMembrane: number;
  sasp: number;
  tumourCells: number;
  invasiveTumourCells: number;
  metastaticCells: number;
}

export type NumericMetric = Exclude<keyof MetricsSample, 'phase'>;

/** Column order of the CSV and of every table. */
export const METRIC_FIELDS: readonly (keyof MetricsSample)[] = [
  'day', 'phase', 'alveolarCells', 'senescentCells', 'apoptoticCells', 'macrophages', 'adipocyteFill',
  'basementMembrane', 'sasp', 'tumourCells', 'invasiveTumourCells', 'metastaticCells',
];

export const NUMERIC_METRICS: readonly NumericMetric[] = METRIC_FIELDS.filter((f): f is NumericMetric => f !== 'phase');

export function measureMetrics(model: LobuleModel): MetricsSample {
  const { tissue, anatomy } = model;
  const { kind, fate, x, y, z, signal } = tissue;
  let alveolarCells = 0, senescentCells = 0, apoptoticCells = 0, macrophages = 0;
  let tumourCells = 0, invasiveTumourCells = 0, saspSum = 0;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    const f = fate[i] as CellFate;
    switch (kind[i]) {
      case CellKind.luminal:
        if (isLivingLuminal(f)) {
          alveolarCells++;
          saspSum += saspSignalAt(model, x[i], y[i], z[i]);
          if (f === CellFate.senescent) senescentCells++;
        } else if (isDebris(f)) apoptoticCells++;
        break;
      case CellKind.macrophage:
        if (f === CellFate.patrolling) macrophages++;
        break;
      case CellKind.tumour:
        if (f === CellFate.proliferating) tumourCells++;
        else if (f === CellFate.invasive) { tumourCells++; invasiveTumourCells++; }
        break;
    }
  }
  let fatVolume = 0, stromaVolume = 0;
  anatomy.adipocyteSlots.forEach((slot, j) => {
    const v = anatomy.adipocyteMaxRadiusUm[j] ** 3;
    stromaVolume += v;
    fatVolume += v * signal[slot];
  });
  const integrity = anatomy.alveoli.membraneIntegrity;
  let membrane = 0;
  for (let a = 0; a < integrity.length; a++) membrane += integrity[a];
  return {
    day: round(model.hour / 24, 4),
    phase: model.phase,
    alveolarCells,
    senescentCells,
    apoptoticCells,
    macrophages,
    adipocyteFill: round(stromaVolume > 0 ? fatVolume / stromaVolume : 0, 4),
    basementMembrane: round(integrity.length > 0 ? membrane / integrity.length : 0, 4),
    sasp: round(alveolarCells > 0 ? saspSum / alveolarCells : 0, 4),
    tumourCells,
    invasiveTumourCells,
    metastaticCells: model.metastaticCells,
  };
}

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;
