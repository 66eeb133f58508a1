// Seeded randomness: a sequential generator for building the anatomy, and a counter-based draw for
// per-cell events, so a cell's dice depend only on (seed, rule, cell, hour) and not on the order in
// which other cells were visited. Two runs that differ by one switch then share every unrelated draw.

/** A small, fast 32-bit generator (sfc32); `next()` returns a number in [0, 1). */
export interface SequentialRandom {
  next(): number;
  range(min: number, max: number): number;
  int(maxExclusive: number): number;
}

export function createRandom(seed: number): SequentialRandom {
  let a = 0x9e3779b9 ^ seed;
  let b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
  let c = 0xb7e15162;
  let d = 1;
  const next = (): number => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // warm up so nearby seeds diverge
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
  };
}

/** Mixes 32-bit words into one well-scrambled word (murmur3's finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform number in [0, 1) fixed by (seed, stream, cell slot, step index). */
export function eventUniform(seed: number, stream: number, slot: number, stepIndex: number): number {
  let h = mix(seed ^ 0x27d4eb2d);
  h = mix(h ^ Math.imul(stream + 1, 0x165667b1));
  h = mix(h ^ Math.imul(slot + 1, 0x9e3779b1));
  h = mix(h ^ Math.imul(stepIndex + 7, 0x85ebca77));
  return h / 4294967296;
}

/** Probability that an event with `ratePerDay` happens within `dtHours`. */
export function chanceWithin(ratePerDay: number, dtHours: number): number {
  return ratePerDay <= 0 ? 0 : 1 - Math.exp(-(ratePerDay * dtHours) / 24);
}

/** Streams keep rules' dice independent of each other. */
export const RandomStream = {
  secretionStop: 1,
  death: 2,
  senescence: 3,
  senolytic: 4,
  neighbourClearance: 5,
  macrophageRecruit: 6,
  macrophageMove: 7,
  macrophageEngulf: 8,
  macrophageLeave: 9,
  tumourDivide: 10,
  tumourInvade: 11,
  tumourIntravasate: 13,
  tumourSeed: 14,
  shedDrift: 15,
  tumourDaughter: 16,
} as const;
