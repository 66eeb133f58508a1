// One small writer per cell kind, in a table: each turns agent i of the snapshot into instances
// of its shape (where it sits, which way it points, its size and colour). Adding a kind means
// adding a writer here, not growing a switch.

import { CellFate, CellKind, isLivingLuminal } from '../../sim/cell-kinds';
import { CAPILLARY_SEGMENT_UM, LUMINAL_RADIUS_UM } from '../../sim/constants';
import type { RunStructure } from '../../sim/simulate';
import type { TissueSnapshot } from '../../sim/tissue-snapshot';
import type { ColourTable, StructureColours } from './colour-table';
import { place, writeColour, writeFlatColour, type Cursor, type Cursors } from './shape-cursor';

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

/** Writes agent i on cursor c with the scale given, at its own position and heading, coloured by its fate. */
function writeAgent(ctx: WriteContext, c: Cursor, i: number, sx: number, sy: number, sz: number, accentBy: number): void {
  const s = ctx.snapshot;
  place(c, s.x[i], s.y[i], s.z[i], s.headingX[i], s.headingY[i], s.headingZ[i], sx, sy, sz);
  writeColour(c, ctx.colours, ctx.structure.kind[i], s.fateFrom[i], s.fateTo[i], s.blend, accentBy);
  c.slots[c.count] = i;
  c.count++;
}

/** Height of a luminal cell's prism: tall while secreting, cuboidal at rest, flat when senescent. */
function luminalHeightUm(fate: number, radiusUm: number): number {
  if (fate === F.senescent) return 0.7 * LUMINAL_RADIUS_UM;
  return (fate === F.secreting ? 1.6 : 1.35) * radiusUm;
}

/**
 * Across a fate change everything blends, so nothing pops: a dying cell's prism shrinks while its
 * apoptotic body grows in; height, halo and badge follow senescence in and out.
 */
const writeLuminal: AgentWriter = (ctx, i) => {
  const { snapshot: s, cursors, structureColours } = ctx;
  const r = s.radiusUm[i];
  const px = s.x[i], py = s.y[i], pz = s.z[i];
  const hx = s.headingX[i], hy = s.headingY[i], hz = s.headingZ[i];
  const from = s.fateFrom[i], to = s.fateTo[i], blend = s.blend;
  const living = (isLivingLuminal(from as CellFate) ? 1 - blend : 0) + (isLivingLuminal(to as CellFate) ? blend : 0);
  if (living < 1) {
    const d = r * (1 - living);
    writeAgent(ctx, cursors.apoptotic, i, d, d, d, 0);
  }
  if (living <= 0) return;
  const width = 2 * r * living;
  writeAgent(ctx, cursors.luminal, i, width, (luminalHeightUm(from, r) * (1 - blend) + luminalHeightUm(to, r) * blend) * living, width, 0);
  const senescence = (from === F.senescent ? 1 - blend : 0) + (to === F.senescent ? blend : 0);
  if (senescence <= 0) return;
  if (structureColours.saspHalo) {
    const halo = cursors.saspHalo;
    const h = r * ctx.pulse * senescence;
    place(halo, px, py, pz, hx, hy, hz, 2.6 * h, 2 * h, 2.6 * h);
    writeFlatColour(halo, structureColours.saspHalo);
    halo.count++;
  }
  if (structureColours.noDivideBadge) {
    // Just above the flat cell, facing out of the alveolus.
    const badge = cursors.noDivideBadge;
    const lift = 0.35 * LUMINAL_RADIUS_UM + 1.5;
    const b = r * senescence;
    place(badge, px + hx * lift, py + hy * lift, pz + hz * lift, hx, hy, hz, 0.95 * b, b, 0.95 * b);
    writeFlatColour(badge, structureColours.noDivideBadge);
    badge.count++;
  }
};

const writeMyoepithelial: AgentWriter = (ctx, i) => {
  const r = ctx.snapshot.radiusUm[i];
  const spread = r * (2.2 + 3.4 * ctx.snapshot.signal[i]);
  writeAgent(ctx, ctx.cursors.myoepithelial, i, spread, r * 0.9, spread, 0);
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
  const fading = Math.min(1, (integrity - MEMBRANE_VISIBLE_ABOVE) / 0.2);
  const across = distance * (0.25 + 0.75 * integrity) * fading;
  place(c, cx, cy, cz, s.headingX[i], s.headingY[i], s.headingZ[i], across, distance, across);
  writeColour(c, ctx.colours, CellKind.membranePatch, s.fateFrom[i], s.fateTo[i], s.blend, 1 - integrity);
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
  writeAgent(ctx, ctx.cursors.adipocyte, i, r, r, r, Math.min(1, Math.max(0, fullness)));
};

const writeFibroblast: AgentWriter = (ctx, i) => {
  const r = ctx.snapshot.radiusUm[i];
  writeAgent(ctx, ctx.cursors.fibroblast, i, r, r, r, ctx.snapshot.signal[i]);
};

/** A fibre's radius is half its length; the bundle is about 4 µm thick. */
const writeCollagenFibre: AgentWriter = (ctx, i) => {
  writeAgent(ctx, ctx.cursors.collagen, i, 2, 2 * ctx.snapshot.radiusUm[i], 2, ctx.snapshot.signal[i]);
};

/** A segment swells and flashes where a tumour cell has just got in. */
const writeCapillarySegment: AgentWriter = (ctx, i) => {
  const r = ctx.snapshot.radiusUm[i] * (1 + 0.6 * ctx.snapshot.signal[i]);
  writeAgent(ctx, ctx.cursors.capillary, i, r, CAPILLARY_SEGMENT_UM + 3, r, ctx.snapshot.signal[i]);
};

/** A macrophage that has just eaten swells a little and turns paler (foamy). */
const writeMacrophage: AgentWriter = (ctx, i) => {
  const r = ctx.snapshot.radiusUm[i];
  const across = r * (1 + 0.15 * ctx.snapshot.signal[i]);
  writeAgent(ctx, ctx.cursors.macrophage, i, across, r, across, ctx.snapshot.signal[i]);
};

/** Invasive cells stretch along their way (blended across the change). */
const writeTumour: AgentWriter = (ctx, i) => {
  const s = ctx.snapshot;
  const r = s.radiusUm[i];
  const invasive = (s.fateFrom[i] === F.invasive ? 1 - s.blend : 0) + (s.fateTo[i] === F.invasive ? s.blend : 0);
  const across = r * (1 - 0.28 * invasive);
  writeAgent(ctx, ctx.cursors.tumour, i, across, r * (1 + 0.9 * invasive), across, 0);
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
