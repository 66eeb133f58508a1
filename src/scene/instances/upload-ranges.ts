// Which parts of an instance buffer three uploads at the next render. Every shape's instances share
// one buffer, each shape in a region with room to spare (instance-buffer.ts), so what was written
// is a few spans with gaps between. A span is one upload call; a gap uploaded with its neighbours
// costs bytes instead. On software WebGL a call costs about as much as copying 10 KB, so spans
// closer than JOIN_GAP numbers (8 KB) go as one.

import type { InterleavedBuffer } from 'three';

/** Spans of the buffer nearer than this (in numbers) are uploaded as one. */
export const JOIN_GAP = 2048;

interface Range {
  start: number;
  count: number;
}

/**
 * Each buffer's ranges, made once. three's `addUpdateRange` makes a range object, and its clear
 * after each upload (`length = 0`) drops the array's storage, so every write made both again
 * (about 2 KB a frame while playing). Instead each buffer keeps its ranges, rewritten in place, and
 * its clear is made to keep them. So only this module may flag these buffers for upload: a plain
 * `needsUpdate = true` would upload the last ranges written, and `addUpdateRange` would add ranges
 * that are never cleared.
 */
const keptRanges = new WeakMap<InterleavedBuffer, Range[]>();
const clearNothing = (): void => {};

/**
 * Flags the spans `[from[k], to[k])` (numbers, in increasing order, k < n) of `buffer` for upload,
 * joining those less than JOIN_GAP apart. With n = 0 nothing is uploaded.
 */
export function markWritten(buffer: InterleavedBuffer, from: ArrayLike<number>, to: ArrayLike<number>, n: number): void {
  let kept = keptRanges.get(buffer);
  if (!kept) {
    kept = [];
    buffer.updateRanges.length = 0;
    buffer.clearUpdateRanges = clearNothing;
    keptRanges.set(buffer, kept);
  }
  let used = 0;
  for (let k = 0; k < n; k++) {
    const last = used > 0 ? kept[used - 1] : null;
    if (last && from[k] - (last.start + last.count) < JOIN_GAP) {
      last.count = to[k] - last.start;
      continue;
    }
    if (used === kept.length) kept.push({ start: 0, count: 0 });
    kept[used].start = from[k];
    kept[used].count = to[k] - from[k];
    used++;
  }
  if (used === 0) return;
  // three sorts and joins the ranges in place after each upload: the list is written whole each time,
  // by index (its length changes only when the number of spans does, so its storage is kept).
  const ranges = buffer.updateRanges;
  for (let k = 0; k < used; k++) ranges[k] = kept[k];
  if (ranges.length !== used) ranges.length = used;
  buffer.needsUpdate = true;
}
