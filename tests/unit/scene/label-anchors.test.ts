// A label points at a representative the viewer can see: of the candidates near its place on the
// ring, one hidden behind a nearer cell (as seen from the eye) loses to one in plain view.
import { Plane, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createAnchorScratch, findLabelAnchors, followChosenAgents } from '../../../src/scene/labels/label-anchors';
import { CellFate, CellKind } from '../../../src/sim/cell-kinds';
import type { SimulationRun } from '../../../src/sim/simulate';
import { SCENE_LABEL_IDS } from '../../../src/state/scene-labels';

interface Agent { kind: number; at: [number, number, number]; radiusUm: number; fate?: number }

interface Extras { alveoli?: { at: [number, number, number]; radiusUm: number; milkFill: number }[]; ducts?: { start: number[]; end: number[]; radiusUm: number }[] }

/** A run of one frame holding just these agents (and these alveoli and ducts, if any). */
function runOf(agents: Agent[], { alveoli = [], ducts = [] }: Extras = {}): SimulationRun {
  const column = (pick: (a: Agent) => number) => Float32Array.from(agents.map(pick));
  return {
    sampleHours: 6,
    frames: [{
      hour: 0, count: agents.length,
      x: column((a) => a.at[0]), y: column((a) => a.at[1]), z: column((a) => a.at[2]), radiusUm: column((a) => a.radiusUm),
      fate: Uint8Array.from(agents.map((a) => a.fate ?? CellFate.secreting)), signal: column(() => 1),
      alveolusRadiusUm: Float32Array.from(alveoli.map((a) => a.radiusUm)), milkFill: Float32Array.from(alveoli.map((a) => a.milkFill)),
    }],
    structure: { kind: Uint8Array.from(agents.map((a) => a.kind)), semiAxesUm: [200, 200, 200], alveolusCenterUm: Float32Array.from(alveoli.flatMap((a) => a.at)), ducts },
  } as unknown as SimulationRun;
}

const MYO = SCENE_LABEL_IDS.indexOf('myoepithelial');
const FAT = SCENE_LABEL_IDS.indexOf('adipocyte');
const DUCT = SCENE_LABEL_IDS.indexOf('duct');
const MILK = SCENE_LABEL_IDS.indexOf('milk');
const TUMOUR = SCENE_LABEL_IDS.indexOf('tumour');
const MEMBRANE = SCENE_LABEL_IDS.indexOf('membrane');
const eye = new Vector3(0, 0, 500);
const axes = { right: new Vector3(1, 0, 0), up: new Vector3(0, 1, 0), forward: new Vector3(0, 0, -1) };

function anchors(run: SimulationRun, clipping: Plane[] = [], onScreen = (_x: number, _y: number, _z: number) => true): Float32Array {
  const out = new Float32Array(SCENE_LABEL_IDS.length * 3);
  // A view half a micrometre high: every label's place on the ring is the centre itself.
  findLabelAnchors(run, 0, eye, new Vector3(), axes.right, axes.up, axes.forward, 1, clipping, onScreen, out, createAnchorScratch());
  return out;
}
const at = (out: Float32Array, label: number) => [...out.slice(label * 3, label * 3 + 3)];

// The nearest myoepithelial cell sits right behind a fat cell; another, further from the centre, is in the open.
const behindFat: Agent[] = [
  { kind: CellKind.myoepithelial, at: [0, 0, 0], radiusUm: 4 },
  { kind: CellKind.adipocyte, at: [0, 0, 100], radiusUm: 30 },
  { kind: CellKind.myoepithelial, at: [60, 0, 0], radiusUm: 4 },
];

describe('findLabelAnchors', () => {
  it('passes over a representative hidden behind a nearer cell for one in plain view', () => {
    const out = anchors(runOf(behindFat));
    expect(at(out, MYO)).toEqual([60, 0, 0]);
    expect(at(out, FAT)).toEqual([0, 0, 100]);
  });

  it('points at a tumour behind fat all the same: the tumour is drawn through what is in front of it', () => {
    const tumourBehindFat: Agent[] = [
      { kind: CellKind.tumour, fate: CellFate.proliferating, at: [0, 0, 0], radiusUm: 6 },
      { kind: CellKind.adipocyte, at: [0, 0, 100], radiusUm: 30 },
    ];
    expect(at(anchors(runOf(tumourBehindFat)), TUMOUR)).toEqual([0, 0, 0]);
    // And in the half the cut-away removes (its marker stays).
    expect(at(anchors(runOf(tumourBehindFat), [new Plane(new Vector3(0, 0, -1), -50)]), TUMOUR)).toEqual([0, 0, 0]);
  });

  it('passes over a representative under the tumour\'s marker, which is drawn over it even from behind', () => {
    // A fat cell at the centre with the tumour 100 µm behind it (the marker draws over the fat), and one in the open.
    const underMarker: Agent[] = [
      { kind: CellKind.adipocyte, at: [0, 0, 0], radiusUm: 20 },
      { kind: CellKind.tumour, fate: CellFate.proliferating, at: [0, 0, -100], radiusUm: 6 },
      { kind: CellKind.adipocyte, at: [60, 0, 0], radiusUm: 20 },
    ];
    expect(at(anchors(runOf(underMarker)), FAT)).toEqual([60, 0, 0]);
    expect(at(anchors(runOf(underMarker.filter((a) => a.kind !== CellKind.tumour))), FAT)).toEqual([0, 0, 0]);
  });

  it('takes the nearest again once what hid it is cut away, or is a see-through membrane patch', () => {
    // The cut-away removes everything nearer the eye than z = 50.
    expect(at(anchors(runOf(behindFat), [new Plane(new Vector3(0, 0, -1), 50)]), MYO)).toEqual([0, 0, 0]);
    const behindMembrane = behindFat.map((a) => (a.kind === CellKind.adipocyte ? { ...a, kind: CellKind.membranePatch } : a));
    expect(at(anchors(runOf(behindMembrane)), MYO)).toEqual([0, 0, 0]);
  });

  it('is not hidden by a neighbour beside it, only by one in front', () => {
    const neighbours: Agent[] = [
      { kind: CellKind.myoepithelial, at: [0, 0, 0], radiusUm: 4 },
      { kind: CellKind.luminal, at: [8, 0, 0], radiusUm: 4.5 },
      { kind: CellKind.luminal, at: [-8, 0, 2], radiusUm: 4.5 },
    ];
    expect(at(anchors(runOf(neighbours)), MYO)).toEqual([0, 0, 0]);
  });

  it('passes over a representative the viewer cannot see: off the picture or under a panel', () => {
    // Everything left of x = 20 µm is under a panel here.
    expect(at(anchors(runOf(behindFat.filter((a) => a.kind !== CellKind.adipocyte)), [], (x) => x > 20), MYO)).toEqual([60, 0, 0]);
  });

  it('points at a duct where it is not behind fat, and at milk no cell floats in front of', () => {
    const fatOverDuct: Agent[] = [{ kind: CellKind.adipocyte, at: [0, 0, 100], radiusUm: 30 }];
    const duct = { start: [-100, 0, 0], end: [100, 0, 0], radiusUm: 10 };
    expect(at(anchors(runOf([], { ducts: [duct] })), DUCT)).toEqual([0, 0, 0]);
    // The points 40 µm either side of the middle are still behind the fat's edge; those 70 µm out are in the open.
    const [x, y, z] = at(anchors(runOf(fatOverDuct, { ducts: [duct] })), DUCT);
    expect([Math.abs(x), y, z]).toEqual([70, 0, 0]);
    const alveolus = { at: [0, 0, 0] as [number, number, number], radiusUm: 60, milkFill: 1 };
    expect(at(anchors(runOf([], { alveoli: [alveolus] })), MILK)).toEqual([0, 0, 0]);
    // A macrophage in the milk, over the lumen's centre as seen: no milk to point at.
    const floating: Agent[] = [{ kind: CellKind.macrophage, at: [0, 0, 20], radiusUm: 6 }];
    expect(Number.isNaN(anchors(runOf(floating, { alveoli: [alveolus] }))[MILK * 3])).toBe(true);
  });

  it('points the tumour label at the mass, not at a lone tumour cell near its place on the ring', () => {
    // A stray invasive cell at the centre, where the ring puts every label here; the mass, 27 cells
    // packed 3 × 3 × 3, 150 µm away, its middle cells behind its front ones as the eye sees them.
    const mass: Agent[] = [];
    for (const dx of [-10, 0, 10]) for (const dy of [-10, 0, 10]) for (const dz of [-10, 0, 10]) mass.push({ kind: CellKind.tumour, fate: CellFate.proliferating, at: [150 + dx, dy, dz], radiusUm: 6 });
    const stray: Agent = { kind: CellKind.tumour, fate: CellFate.invasive, at: [0, 0, 0], radiusUm: 6 };
    const [x, y, z] = at(anchors(runOf([stray, ...mass])), TUMOUR);
    expect(x).toBeGreaterThanOrEqual(140);
    expect(Math.hypot(x - 150, y, z)).toBeLessThan(20);
    // Without the mass, the lone cell is the tumour.
    expect(at(anchors(runOf([stray])), TUMOUR)).toEqual([0, 0, 0]);
  });

  it('measures how far the tumour reaches, for the other labels to keep off it', () => {
    const mass: Agent[] = [];
    for (const dx of [-10, 0, 10]) for (const dy of [-10, 0, 10]) for (const dz of [-10, 0, 10]) mass.push({ kind: CellKind.tumour, fate: CellFate.proliferating, at: [150 + dx, dy, dz], radiusUm: 6 });
    const scratch = createAnchorScratch();
    findLabelAnchors(runOf(mass), 0, eye, new Vector3(), axes.right, axes.up, axes.forward, 1, [], () => true, new Float32Array(SCENE_LABEL_IDS.length * 3), scratch);
    // Root mean square of the 3 × 3 × 3 block's offsets (√(2 × 100 × 2/3 … ) ≈ 14 µm) plus a cell.
    expect(scratch.tumourRadiusUm).toBeCloseTo(Math.sqrt((3 * 9 * 2 * 100) / 27) + 6, 3);
    findLabelAnchors(runOf([]), 0, eye, new Vector3(), axes.right, axes.up, axes.forward, 1, [], () => true, new Float32Array(SCENE_LABEL_IDS.length * 3), scratch);
    expect(scratch.tumourRadiusUm).toBe(0);
  });

  it('points the membrane label at a patch with nothing opaque close behind it, since the membrane is see-through', () => {
    // The nearest patch, at the centre, has a duct 60 µm behind it on the line of sight; another,
    // 50 µm aside, has nothing behind it.
    const nearest: Agent = { kind: CellKind.membranePatch, at: [0, 0, 0], radiusUm: 12 };
    const clear: Agent = { kind: CellKind.membranePatch, at: [50, 0, 0], radiusUm: 12 };
    const ductBehind = { start: [-20, -100, -60], end: [-20, 100, -60], radiusUm: 30 };
    expect(at(anchors(runOf([nearest, clear])), MEMBRANE)).toEqual([0, 0, 0]);
    expect(at(anchors(runOf([nearest, clear], { ducts: [ductBehind] })), MEMBRANE)).toEqual([50, 0, 0]);
    // A fat cell behind it does the same; one far behind (beyond 150 µm) does not.
    expect(at(anchors(runOf([nearest, clear, { kind: CellKind.adipocyte, at: [0, 0, -80], radiusUm: 30 }])), MEMBRANE)).toEqual([50, 0, 0]);
    expect(at(anchors(runOf([nearest, clear, { kind: CellKind.adipocyte, at: [0, 0, -300], radiusUm: 30 }])), MEMBRANE)).toEqual([0, 0, 0]);
    // Behind every patch something opaque: no membrane label rather than one on what shows through.
    expect(Number.isNaN(anchors(runOf([nearest], { ducts: [ductBehind] }))[MEMBRANE * 3])).toBe(true);
    // Other labels point at what is in front of a duct as before.
    expect(at(anchors(runOf([{ kind: CellKind.myoepithelial, at: [0, 0, 0], radiusUm: 4 }], { ducts: [ductBehind] })), MYO)).toEqual([0, 0, 0]);
  });

  it('shows no label when every candidate is hidden', () => {
    const wall: Agent[] = [{ kind: CellKind.adipocyte, at: [0, 0, 200], radiusUm: 120 }];
    for (let k = 0; k < 3; k++) wall.push({ kind: CellKind.myoepithelial, at: [k * 10, 0, 0], radiusUm: 4 });
    expect(Number.isNaN(anchors(runOf(wall))[MYO * 3])).toBe(true);
  });
});

describe('followChosenAgents', () => {
  it('keeps a label on its cell between two frames, as the picture blends them', () => {
    const run = runOf([{ kind: CellKind.macrophage, at: [0, 0, 0], radiusUm: 5 }]);
    // A second frame six hours later in which the macrophage has crawled 12 µm along x.
    const first = run.frames[0];
    run.frames.push({ ...first, hour: 6, x: Float32Array.of(12) });
    const out = Float32Array.of(Number.NaN, Number.NaN, Number.NaN, 7, 7, 7);
    followChosenAgents(run, 0.125, Int32Array.of(0, -1), out);
    expect([...out]).toEqual([6, 0, 0, 7, 7, 7]);
  });
});
