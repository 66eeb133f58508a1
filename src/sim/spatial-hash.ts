// A bucket grid over slots for contact queries (who is within reach of this macrophage?), rebuilt
// each step by counting sort: cost linear in agents, never all-pairs.

export interface SpatialHash {
  originUm: number[];
  bucketUm: number;
  nx: number;
  ny: number;
  nz: number;
  /** Slots of bucket b are items[bucketStart[b] .. bucketStart[b + 1]). */
  bucketStart: Int32Array;
  items: Int32Array;
  /** Scratch for the sort, kept so a rebuild allocates nothing. */
  listedBucket: Int32Array;
  fillCursor: Int32Array;
}

export function createSpatialHash(halfExtentUm: number[], bucketUm: number, capacity: number): SpatialHash {
  const n = halfExtentUm.map((h) => Math.ceil((2 * h) / bucketUm) + 1);
  const buckets = n[0] * n[1] * n[2];
  return {
    originUm: halfExtentUm.map((h) => -h - bucketUm / 2),
    bucketUm,
    nx: n[0],
    ny: n[1],
    nz: n[2],
    bucketStart: new Int32Array(buckets + 1),
    items: new Int32Array(capacity),
    listedBucket: new Int32Array(capacity),
    fillCursor: new Int32Array(buckets + 1),
  };
}

export function bucketCoordinate(hash: SpatialHash, valueUm: number, axis: 0 | 1 | 2): number {
  const n = axis === 0 ? hash.nx : axis === 1 ? hash.ny : hash.nz;
  return Math.min(n - 1, Math.max(0, Math.floor((valueUm - hash.originUm[axis]) / hash.bucketUm)));
}

/** Rebuilds the hash from the first `count` slots listed in `slots`. */
export function rebuildSpatialHash(
  hash: SpatialHash,
  slots: Int32Array,
  count: number,
  x: Float32Array,
  y: Float32Array,
  z: Float32Array,
): void {
  if (hash.items.length < count) {
    hash.items = new Int32Array(count * 2);
    hash.listedBucket = new Int32Array(count * 2);
  }
  const { bucketStart, items, listedBucket, fillCursor, nx, ny } = hash;
  bucketStart.fill(0);
  for (let k = 0; k < count; k++) {
    const i = slots[k];
    const b = bucketCoordinate(hash, x[i], 0) + nx * (bucketCoordinate(hash, y[i], 1) + ny * bucketCoordinate(hash, z[i], 2));
    listedBucket[k] = b;
    bucketStart[b + 1]++;
  }
  for (let b = 1; b < bucketStart.length; b++) bucketStart[b] += bucketStart[b - 1];
  fillCursor.set(bucketStart);
  for (let k = 0; k < count; k++) items[fillCursor[listedBucket[k]]++] = slots[k];
}

/**
 * Calls `visit(slot)` for every listed slot in the buckets touching the cube of half-side
 * `reachUm` around the point; stops early when `visit` returns true.
 */
export function visitNear(
  hash: SpatialHash,
  x: number,
  y: number,
  z: number,
  reachUm: number,
  visit: (slot: number) => boolean,
): void {
  const x0 = bucketCoordinate(hash, x - reachUm, 0), x1 = bucketCoordinate(hash, x + reachUm, 0);
  const y0 = bucketCoordinate(hash, y - reachUm, 1), y1 = bucketCoordinate(hash, y + reachUm, 1);
  const z0 = bucketCoordinate(hash, z - reachUm, 2), z1 = bucketCoordinate(hash, z + reachUm, 2);
  const { bucketStart, items, nx, ny } = hash;
  for (let bz = z0; bz <= z1; bz++) {
    for (let by = y0; by <= y1; by++) {
      for (let bx = x0; bx <= x1; bx++) {
        const b = bx + nx * (by + ny * bz);
        for (let k = bucketStart[b]; k < bucketStart[b + 1]; k++) if (visit(items[k])) return;
      }
    }
  }
}
