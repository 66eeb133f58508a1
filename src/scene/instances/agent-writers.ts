// One small writer per cell kind, in a table: each turns agent i of the snapshot into instances
// of its shape (where it sits, which way it points, its size and colour). Adding a kind means
// adding a writer here, not growing a switch. Writers put each instance's numbers in `pose` (never
// in arguments: see instance-matrix.ts), so a frame's writing allocates nothing.

import { CellFate, CellKind, isLivingLuminal } from '../../sim/cell-kinds';
import { CAPILLARY_SEGMENT_UM, LUMINAL_RADIUS_UM } from '../../sim/constants';
import type { RunStructure } from '../../sim/simulate';
import type { TissueSnapshot } from '../../sim/tissue-snapshot';
import type { ColourTable, StructureColours } from './colour-table';
import { PX, PY, PZ, SX, SY, SZ, UX, UY, UZ } from './instance-matrix';
import { ACCENT, BLEND, placeInstance, pose, writeColour, writeFlatColour, type Cursor, type Cursors } from './shape-cursor';

export interface WriteContext {
  snapshot: TissueSnapshot;
  structure: RunStructure;
  cursors: Cursors;
  colours: ColourTable;
  structureColours: StructureColours;
  /** The SASP halo's size this frame (it pulses with simulated time). */
  pulse: number;
}

export type AgentWriter = (ctx: WriteContext, i: number) => void;

/** Patches thinner than this are gone from view (fully breached). */
const MEMBRANE_VISIBLE_ABOVE = 0.08;
/**
 * Adipocytes are drawn 4% larger than their droplet, so packed neighbours meet along flat seams
 * (like the polygonal cells of a fat pad) instead of touching at points.
 */
const ADIPOCYTE_DRAWN_SCALE = 1.04;

const F = CellFate;

/**
 * Writes agent i on cursor c at its own position and heading, coloured by its fate; the caller has
 * put the scale in pose[SX…SZ] and the accent in pose[ACCENT].
 */
function writeAgent(ctx: WriteContext, c: Cursor, i: number): void {
  const s = ctx.snapshot;
  pose[PX] = s.x[i]; pose[PY] = s.y[i]; pose[PZ] = s.z[i];
  pose[UX] = s.headingX[i]; pose[UY] = s.headingY[i]; pose[UZ] = s.headingZ[i];
  pose[BLEND] = s.blend;
  placeInstance(c);
  writeColour(c, ctx.colours, ctx.structure.kind[i], s.fateFrom[i], s.fateTo[i]);
  c.slots[c.count] = i;
  c.count++;
}

/** Height factor of a luminal cell's prism (× radius): tall while secreting, cuboidal at rest; senescent cells are flat (SENESCENT_HEIGHT_UM). */
const SECRETING_HEIGHT = 1.6;
const RESTING_HEIGHT = 1.35;
const SENESCENT_HEIGHT_UM = 0.7 * LUMINAL_RADIUS_UM;

/**
 * Across a fate change everything blends, so nothing pops: a dying cell's prism shrinks while its
 * apoptotic body grows in; height, halo and badge follow senescence in and out.
 */
const writeLuminal: AgentWriter = (ctx, i) => {
  const { snapshot: s, cursors, structureColours } = ctx;
  const r = s.radiusUm[i];
  const from = s.fateFrom[i], to = s.fateTo[i], blend = s.blend;
  const living = (isLivingLuminal(from as CellFate) ? 1 - blend : 0) + (isLivingLuminal(to as CellFate) ? blend : 0);
  if (living < 1) {
    const d = r * (1 - living);
    pose[SX] = d; pose[SY] = d; pose[SZ] = d; pose[ACCENT] = 0;
    writeAgent(ctx, cursors.apoptotic, i);
  }
  if (living <= 0) return;
  const width = 2 * r * living;
  const heightFrom = from === F.senescent ? SENESCENT_HEIGHT_UM : (from === F.secreting ? SECRETING_HEIGHT : RESTING_HEIGHT) * r;
  const heightTo = to === F.senescent ? SENESCENT_HEIGHT_UM : (to === F.secreting ? SECRETING_HEIGHT : RESTING_HEIGHT) * r;
  pose[SX] = width; pose[SY] = (heightFrom * (1 - blend) + heightTo * blend) * living; pose[SZ] = width; pose[ACCENT] = 0;
  writeAgent(ctx, cursors.luminal, i);
  const senescence = (from === F.senescent ? 1 - blend : 0) + (to === F.senescent ? blend : 0);
  if (senescence <= 0) return;
  // Halo and badge sit where the cell is (pose still holds its position and heading).
  if (structureColours.saspHalo) {
    const halo = cursors.saspHalo;
    const h = r * ctx.pulse * senescence;
    pose[SX] = 2.6 * h; pose[SY] = 2 * h; pose[SZ] = 2.6 * h;
    placeInstance(halo);
    writeFlatColour(halo, structureColours.saspHalo);
    halo.count++;
  }
  if (structureColours.noDivideBadge) {
    // At the cell's centre; the shape itself stands just above the flat cell (BADGE_LIFT).
    const badge = cursors.noDivideBadge;
    const b = r * senescence;
    pose[SX] = 0.95 * b; pose[SY] = b; pose[SZ] = 0.95 * b;
    placeInstance(badge);
    writeFlatColour(badge, structureColours.noDivideBadge);
    badge.count++;
  }
};

const writeMyoepithelial: AgentWriter = (ctx, i) => {
  const r = ctx.snapshot.radiusUm[i];
  const spread = r * (2.2 + 3.4 * ctx.snapshot.signal[i]);
  pose[SX] = spread; pose[SY] = r * 0.9; pose[SZ] = spread; pose[ACCENT] = 0;
  writeAgent(ctx, ctx.cursors.myoepithelial, i);
};

/** A patch is a cap of its alveolus's sphere; it shrinks as it is cut, opening gaps, down to nothing (no pop). */
const writeMembranePatch: AgentWriter = (ctx, i) => {
  const { snapshot: s, structure } = ctx;
  const integrity = s.signal[i];
  if (integrity <= MEMBRANE_VISIBLE_ABOVE) return;
  const c = ctx.cursors.membrane;
  const a = structure.alveolus[i] * 3;
  const cx = structure.alveolusCenterUm[a], cy = structure.alveolusCenterUm[a + 1], cz = structure.alveolusCenterUm[a + 2];
  const dx = s.x[i] - cx, dy = s.y[i] - cy, dz = s.z[i] - cz;
  const distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
  const fadingBy = (integrity - MEMBRANE_VISIBLE_ABOVE) / 0.2;
  const across = distance * (0.25 + 0.75 * integrity) * (fadingBy < 1 ? fadingBy : 1);
  pose[PX] = cx; pose[PY] = cy; pose[PZ] = cz;
  pose[UX] = s.headingX[i]; pose[UY] = s.headingY[i]; pose[UZ] = s.headingZ[i];
  pose[SX] = across; pose[SY] = distance; pose[SZ] = across;
  pose[BLEND] = s.blend; pose[ACCENT] = 1 - integrity;
  placeInstance(c);
  writeColour(c, ctx.colours, CellKind.membranePatch, s.fateFrom[i], s.fateTo[i]);
  c.slots[c.count] = i;
  c.count++;
};

/** Below this fill a fat cell keeps its emptied colour; it is fully yellow by FAT_YELLOW_AT. */
const FAT_EMPTY_BELOW = 0.15;
const FAT_YELLOW_AT = 0.7;

/** Fat cells grow as they refill; colour runs from emptied (lactation) to full with the fill. */
const writeAdipocyte: AgentWriter = (ctx, i) => {
  const r = ctx.snapshot.radiusUm[i] * ADIPOCYTE_DRAWN_SCALE;
  const fullness = (ctx.snapshot.signal[i] - FAT_EMPTY_BELOW) / (FAT_YELLOW_AT - FAT_EMPTY_BELOW);
  pose[SX] = r; pose[SY] = r; pose[SZ] = r;
  pose[ACCENT] = fullness > 1 ? 1 : fullness > 0 ? fullness : 0;
  writeAgent(ctx, ctx.cursors.adipocyte, i);
};

const writeFibroblast: AgentWriter = (ctx, i) => {
  const r = ctx.snapshot.radiusUm[i];
  pose[SX] = r; pose[SY] = r; pose[SZ] = r; pose[ACCENT] = ctx.snapshot.signal[i];
  writeAgent(ctx, ctx.cursors.fibroblast, i);
};

/** A fibre's radius is half its length; the bundle is about 4 µm thick. */
const writeCollagenFibre: AgentWriter = (ctx, i) => {
  pose[SX] = 2; pose[SY] = 2 * ctx.snapshot.radiusUm[i]; pose[SZ] = 2; pose[ACCENT] = ctx.snapshot.signal[i];
  writeAgent(ctx, ctx.cursors.collagen, i);
};

/** A segment swells and flashes where a tumour cell has just got in. */
const writeCapillarySegment: AgentWriter = (ctx, i) => {
  const r = ctx.snapshot.radiusUm[i] * (1 + 0.6 * ctx.snapshot.signal[i]);
  pose[SX] = r; pose[SY] = CAPILLARY_SEGMENT_UM + 3; pose[SZ] = r; pose[ACCENT] = ctx.snapshot.signal[i];
  writeAgent(ctx, ctx.cursors.capillary, i);
};

/** A macrophage that has just eaten swells a little and turns paler (foamy). */
const writeMacrophage: AgentWriter = (ctx, i) => {
  const r = ctx.snapshot.radiusUm[i];
  const across = r * (1 + 0.15 * ctx.snapshot.signal[i]);
  pose[SX] = across; pose[SY] = r; pose[SZ] = across; pose[ACCENT] = ctx.snapshot.signal[i];
  writeAgent(ctx, ctx.cursors.macrophage, i);
};

/** Invasive cells stretch along their way (blended across the change). */
const writeTumour: AgentWriter = (ctx, i) => {
  const s = ctx.snapshot;
  const r = s.radiusUm[i];
  const invasive = (s.fateFrom[i] === F.invasive ? 1 - s.blend : 0) + (s.fateTo[i] === F.invasive ? s.blend : 0);
  const across = r * (1 - 0.28 * invasive);
  pose[SX] = across; pose[SY] = r * (1 + 0.9 * invasive); pose[SZ] = across; pose[ACCENT] = 0;
  writeAgent(ctx, ctx.cursors.tumour, i);
};

export const AGENT_WRITERS: Readonly<Record<CellKind, AgentWriter>> = {
  [CellKind.luminal]: writeLuminal,
  [CellKind.myoepithelial]: writeMyoepithelial,
  [CellKind.membranePatch]: writeMembranePatch,
  [CellKind.adipocyte]: writeAdipocyte,
  [CellKind.fibroblast]: writeFibroblast,
  [CellKind.collagenFibre]: writeCollagenFibre,
  [CellKind.capillarySegment]: writeCapillarySegment,
  [CellKind.macrophage]: writeMacrophage,
  [CellKind.tumour]: writeTumour,
};
