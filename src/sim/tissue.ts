// The agent table: every cell and structure of the lobule as one slot in parallel typed arrays
// (struct of arrays), so a step allocates nothing and a frame copies in a few memcpys.
// Slots are never reused within a run: a slot's index is the agent's identity across frames. Rules
// iterate `living` (the slots not yet gone, ascending), so a step costs ∝ agents present, not slots.

import { CellFate, CellKind, FATE_TRANSITIONS, FateCause, isGone } from './cell-kinds';

export interface Tissue {
  capacity: number;
  /** Slots in use; slots at and beyond this index are free. */
  count: number;
  /**
   * The slots of agents not yet gone, in ascending order (the order rules visit them), first
   * `livingCount` entries. Births are appended at once; the gone are dropped by `compactLiving`
   * at the start of each step, so during a step a rule may still meet an agent gone this step.
   */
  living: Int32Array;
  livingCount: number;
  /** Agents gone since the last compaction. */
  goneSinceCompaction: number;
  kind: Uint8Array;
  fate: Uint8Array;
  /** Owning alveolus, or -1 for stroma agents. */
  alveolus: Int32Array;
  x: Float32Array;
  y: Float32Array;
  z: Float32Array;
  radiusUm: Float32Array;
  /** A unit vector: outward normal for epithelium and membrane, the long axis for stroma. */
  axisX: Float32Array;
  axisY: Float32Array;
  axisZ: Float32Array;
  /** For epithelium, basket and membrane: how this spot of the alveolar surface folds in (−1 to 1) as the alveolus crumples. */
  surfaceFold: Float32Array;
  /** Hours spent in the current fate. */
  fateHours: Float32Array;
  /** One number per kind, 0–1: lipid fill, membrane integrity, plasticity, SASP output, flash… */
  signal: Float32Array;
  /** Another slot this one is tied to (what a macrophage eats, who eats this cell), or -1. */
  link: Int32Array;
  history: FateHistory;
}

/** Every fate change: which slot, when (hours since weaning), to what, and which rule did it. */
export interface FateHistory {
  count: number;
  slot: Int32Array;
  hour: Float32Array;
  fate: Uint8Array;
  cause: Uint8Array;
}

export function createTissue(capacity: number): Tissue {
  return {
    capacity,
    count: 0,
    living: new Int32Array(capacity),
    livingCount: 0,
    goneSinceCompaction: 0,
    kind: new Uint8Array(capacity),
    fate: new Uint8Array(capacity),
    alveolus: new Int32Array(capacity),
    x: new Float32Array(capacity),
    y: new Float32Array(capacity),
    z: new Float32Array(capacity),
    radiusUm: new Float32Array(capacity),
    axisX: new Float32Array(capacity),
    axisY: new Float32Array(capacity),
    axisZ: new Float32Array(capacity),
    surfaceFold: new Float32Array(capacity),
    fateHours: new Float32Array(capacity),
    signal: new Float32Array(capacity),
    link: new Int32Array(capacity),
    history: {
      count: 0,
      slot: new Int32Array(capacity * 2),
      hour: new Float32Array(capacity * 2),
      fate: new Uint8Array(capacity * 2),
      cause: new Uint8Array(capacity * 2),
    },
  };
}

function grown<T extends Float32Array | Int32Array | Uint8Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}

/** Doubles the table; rare (only when births outrun the initial estimate), never per step. */
function growTissue(tissue: Tissue): void {
  const capacity = tissue.capacity * 2;
  tissue.kind = grown(tissue.kind, capacity);
  tissue.fate = grown(tissue.fate, capacity);
  tissue.alveolus = grown(tissue.alveolus, capacity);
  tissue.x = grown(tissue.x, capacity);
  tissue.y = grown(tissue.y, capacity);
  tissue.z = grown(tissue.z, capacity);
  tissue.radiusUm = grown(tissue.radiusUm, capacity);
  tissue.axisX = grown(tissue.axisX, capacity);
  tissue.axisY = grown(tissue.axisY, capacity);
  tissue.axisZ = grown(tissue.axisZ, capacity);
  tissue.surfaceFold = grown(tissue.surfaceFold, capacity);
  tissue.fateHours = grown(tissue.fateHours, capacity);
  tissue.signal = grown(tissue.signal, capacity);
  tissue.link = grown(tissue.link, capacity);
  tissue.living = grown(tissue.living, capacity);
  tissue.capacity = capacity;
}

function recordFate(tissue: Tissue, slot: number, hour: number, fate: CellFate, cause: FateCause): void {
  let h = tissue.history;
  if (h.count === h.slot.length) {
    const length = h.slot.length * 2;
    h = tissue.history = {
      count: h.count,
      slot: grown(h.slot, length),
      hour: grown(h.hour, length),
      fate: grown(h.fate, length),
      cause: grown(h.cause, length),
    };
  }
  h.slot[h.count] = slot;
  h.hour[h.count] = hour;
  h.fate[h.count] = fate;
  h.cause[h.count] = cause;
  h.count++;
}

export interface NewAgent {
  kind: CellKind;
  fate: CellFate;
  alveolus: number;
  x: number;
  y: number;
  z: number;
  radiusUm: number;
  axisX: number;
  axisY: number;
  axisZ: number;
  signal: number;
  surfaceFold?: number;
}

/** Adds an agent and returns its slot. */
export function spawnAgent(tissue: Tissue, agent: NewAgent, hour: number, cause: FateCause): number {
  if (tissue.count === tissue.capacity) growTissue(tissue);
  const i = tissue.count++;
  tissue.kind[i] = agent.kind;
  tissue.fate[i] = agent.fate;
  tissue.alveolus[i] = agent.alveolus;
  tissue.x[i] = agent.x;
  tissue.y[i] = agent.y;
  tissue.z[i] = agent.z;
  tissue.radiusUm[i] = agent.radiusUm;
  tissue.axisX[i] = agent.axisX;
  tissue.axisY[i] = agent.axisY;
  tissue.axisZ[i] = agent.axisZ;
  tissue.surfaceFold[i] = agent.surfaceFold ?? 0;
  tissue.fateHours[i] = 0;
  tissue.signal[i] = agent.signal;
  tissue.link[i] = -1;
  tissue.living[tissue.livingCount++] = i;
  recordFate(tissue, i, hour, agent.fate, cause);
  return i;
}

/** Moves a slot to its next fate; throws if the fate machine does not allow it. */
export function changeFate(tissue: Tissue, slot: number, to: CellFate, hour: number, cause: FateCause): void {
  const from = tissue.fate[slot] as CellFate;
  if (!FATE_TRANSITIONS[from].includes(to)) {
    throw new Error(`fate ${from} → ${to} is not allowed (slot ${slot})`);
  }
  tissue.fate[slot] = to;
  tissue.fateHours[slot] = 0;
  if (isGone(to)) tissue.goneSinceCompaction++;
  recordFate(tissue, slot, hour, to, cause);
}

/** Drops gone agents from `living`, keeping the order (O(living), and only when some have gone). */
export function compactLiving(tissue: Tissue): void {
  if (tissue.goneSinceCompaction === 0) return;
  const { living, fate } = tissue;
  let kept = 0;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = living[k];
    if (!isGone(fate[i] as CellFate)) living[kept++] = i;
  }
  tissue.livingCount = kept;
  tissue.goneSinceCompaction = 0;
}
