// The figures that make the paradox, for one side of the comparison at one day: the senescent cells
// the drug removes and the macrophages they call in (the cause), how much fat and epithelium there
// is now and when the fat was half back (the delay), and how far a tumour has got.

import type { MetricsSample } from '../../sim/metrics';
import { sampleAtDay } from '../../sim/sample-at-day';

export interface ScorecardFigures {
  senescentCells: number;
  macrophages: number;
  /** 0–1 share of the stroma filled by fat on this day. */
  adipocyteFill: number;
  /** First day the stroma is half full of fat in this run, or null if never. */
  fatHalfFullDay: number | null;
  alveolarCells: number;
  tumourCells: number;
  metastaticCells: number;
}

export function scorecardFigures(run: { samples: MetricsSample[]; sampleHours: number }, day: number): ScorecardFigures {
  const now = sampleAtDay(run, day);
  return {
    senescentCells: now.senescentCells,
    macrophages: now.macrophages,
    adipocyteFill: now.adipocyteFill,
    fatHalfFullDay: run.samples.find((s) => s.adipocyteFill >= 0.5)?.day ?? null,
    alveolarCells: now.alveolarCells,
    tumourCells: now.tumourCells,
    metastaticCells: now.metastaticCells,
  };
}
