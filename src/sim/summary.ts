// The headline figures of a run (or of an ensemble mean): what a lecturer would quote.

import { TUMOUR_SEED_CELLS } from './constants';
import type { MetricsSample } from './metrics';

export interface RunSummary {
  alveolarCellsAtWeaning: number;
  /** Share of the weaning count still alive on day 7 and day 10 (null if the run ends before). */
  alveolarShareDay7: number | null;
  alveolarShareDay10: number | null;
  senescentPeak: { day: number; cells: number; shareOfLiving: number };
  macrophagePeak: { day: number; cells: number; foldOverLactation: number };
  /** First day the stroma is half full of fat, or null if it never is. */
  fatHalfFullDay: number | null;
  basementMembraneDay7: number | null;
  /** First day the tumour (in place plus spread) reaches ten times its seed, or null. */
  tumourTenfoldDay: number | null;
  metastaticCellsDay21: number | null;
  metastaticCellsAtEnd: number;
}

export function summariseRun(samples: MetricsSample[]): RunSummary {
  const onDay = (day: number): MetricsSample | undefined => samples.find((s) => Math.abs(s.day - day) < 1e-6);
  const weaning = onDay(0) ?? samples[0];
  const lactation = samples.filter((s) => s.day < 0);
  const lactationMacrophages = lactation.length > 0 ? lactation.reduce((t, s) => t + s.macrophages, 0) / lactation.length : samples[0].macrophages;
  const peak = (field: 'senescentCells' | 'macrophages'): MetricsSample => samples.reduce((b, s) => (s[field] > b[field] ? s : b), samples[0]);
  const senescent = peak('senescentCells');
  const macrophages = peak('macrophages');
  const share = (day: number): number | null => {
    const s = onDay(day);
    return s && weaning.alveolarCells > 0 ? round(s.alveolarCells / weaning.alveolarCells) : null;
  };
  const tenfold = samples.find((s) => s.tumourCells + s.metastaticCells >= TUMOUR_SEED_CELLS * 10);
  return {
    alveolarCellsAtWeaning: weaning.alveolarCells,
    alveolarShareDay7: share(7),
    alveolarShareDay10: share(10),
    senescentPeak: {
      day: senescent.day,
      cells: round(senescent.senescentCells),
      shareOfLiving: senescent.alveolarCells > 0 ? round(senescent.senescentCells / senescent.alveolarCells) : 0,
    },
    macrophagePeak: {
      day: macrophages.day,
      cells: round(macrophages.macrophages),
      foldOverLactation: lactationMacrophages > 0 ? round(macrophages.macrophages / lactationMacrophages) : 0,
    },
    fatHalfFullDay: samples.find((s) => s.adipocyteFill >= 0.5)?.day ?? null,
    basementMembraneDay7: onDay(7)?.basementMembrane ?? null,
    tumourTenfoldDay: tenfold?.day ?? null,
    metastaticCellsDay21: onDay(21)?.metastaticCells ?? null,
    metastaticCellsAtEnd: samples[samples.length - 1].metastaticCells,
  };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Senescent cells make up at least this share of the living alveolar cells when senescence "begins":
 * about what a stained section first shows. A lone early cell (day 0.5 in the default lobule) would
 * put the timeline's marker days before the wave the tour and About describe (from about day 2).
 */
export const SENESCENCE_ONSET_SHARE = 0.01;

/** The first sampled day on which senescence is under way (see above), or null if it never is (e.g. the p16 knock-out). */
export function senescenceOnsetDay(samples: readonly MetricsSample[]): number | null {
  return samples.find((s) => s.senescentCells >= 1 && s.senescentCells >= SENESCENCE_ONSET_SHARE * s.alveolarCells)?.day ?? null;
}
