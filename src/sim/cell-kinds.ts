// What an agent is (its kind, fixed for life) and what it is doing (its fate, an explicit state
// machine). Every fate change goes through `FATE_TRANSITIONS`, so a cell cannot skip a stage.

export const CellKind = {
  luminal: 0,
  myoepithelial: 1,
  membranePatch: 2,
  adipocyte: 3,
  fibroblast: 4,
  collagenFibre: 5,
  capillarySegment: 6,
  macrophage: 7,
  tumour: 8,
} as const;
export type CellKind = (typeof CellKind)[keyof typeof CellKind];
export const CELL_KIND_COUNT = 9;

export const CellFate = {
  /** Luminal: making milk (lactation). */
  secreting: 0,
  /** Luminal: alive, no longer secreting. */
  resting: 1,
  /** Luminal: alive, permanently arrested, secreting the SASP. Not dead. */
  senescent: 2,
  /** Luminal: dying (lysosomal death), rounding up and detaching. */
  dying: 3,
  /** Luminal: dead and shed into the lumen, waiting to be eaten. */
  shed: 4,
  /** Luminal: being swallowed by a macrophage or a neighbour. */
  engulfed: 5,
  /** Gone from the tissue (eaten); never drawn again. */
  cleared: 6,
  /** Luminal: turned into a tumour cell (a tumour agent takes its place). */
  transformed: 7,
  /** Stroma and structure agents that simply persist. */
  present: 8,
  /** Macrophage: in the lobule, crawling and eating. */
  patrolling: 9,
  /** Macrophage: left the lobule. */
  departed: 10,
  /** Tumour: oncogene-activated, growing in place. */
  proliferating: 11,
  /** Tumour: plastic, invasive, crawling toward a vessel. */
  invasive: 12,
  /** Tumour: entered a capillary (a metastatic cell); gone from the lobule. */
  intravasated: 13,
} as const;
export type CellFate = (typeof CellFate)[keyof typeof CellFate];
export const CELL_FATE_COUNT = 14;

const F = CellFate;
/** The allowed next fates of each fate. Anything else is a bug in a rule. */
export const FATE_TRANSITIONS: Readonly<Record<CellFate, readonly CellFate[]>> = {
  [F.secreting]: [F.resting, F.dying, F.senescent, F.transformed],
  [F.resting]: [F.dying, F.senescent, F.transformed],
  [F.senescent]: [F.dying, F.engulfed],
  [F.dying]: [F.shed, F.engulfed],
  [F.shed]: [F.engulfed],
  [F.engulfed]: [F.cleared],
  [F.cleared]: [],
  [F.transformed]: [],
  [F.present]: [],
  [F.patrolling]: [F.departed],
  [F.departed]: [],
  [F.proliferating]: [F.invasive],
  [F.invasive]: [F.intravasated],
  [F.intravasated]: [],
};

/** Fates whose agent is no longer in the tissue: never drawn, never counted. */
export function isGone(fate: CellFate): boolean {
  return fate === F.cleared || fate === F.transformed || fate === F.departed || fate === F.intravasated;
}

/** Living luminal alveolar cells, senescent ones included (the `alveolarCells` metric). */
export function isLivingLuminal(fate: CellFate): boolean {
  return fate === F.secreting || fate === F.resting || fate === F.senescent;
}

/** Dead or dying cells not yet cleared (the `apoptoticCells` metric). */
export function isDebris(fate: CellFate): boolean {
  return fate === F.dying || fate === F.shed;
}

/** The rule that changed a fate, for a cell's history ("why did this cell do that?"). */
export const FateCause = {
  born: 0,
  weaning: 1,
  stat3Death: 2,
  anoikis: 3,
  senescence: 4,
  senolytic: 5,
  detachment: 6,
  neighbourEating: 7,
  macrophageEating: 8,
  digestion: 9,
  tumourSeeding: 10,
  invasion: 11,
  intravasation: 12,
  macrophageEgress: 13,
  /** Removed by the macrophage knock-out experiment. */
  macrophageDepletion: 14,
} as const;
export type FateCause = (typeof FateCause)[keyof typeof FateCause];
