// Which parts of the shared instance buffer three uploads: the spans written, joined where the gap
// between is small, in range objects kept from one write to the next.

import { InterleavedBuffer } from 'three';
import { describe, expect, it } from 'vitest';
import { JOIN_GAP, markWritten } from '../../../src/scene/instances/upload-ranges';

const buffer = (): InterleavedBuffer => new InterleavedBuffer(new Float32Array(100_000), 12);

describe('upload ranges', () => {
  it('joins spans less than JOIN_GAP apart and keeps the others apart', () => {
    const b = buffer();
    markWritten(b, [0, 100 + JOIN_GAP - 1, 10_000, 10_000 + 50 + JOIN_GAP], [100, 200 + JOIN_GAP, 10_050, 20_000], 4);
    expect(b.updateRanges).toEqual([{ start: 0, count: 200 + JOIN_GAP }, { start: 10_000, count: 50 }, { start: 10_050 + JOIN_GAP, count: 20_000 - 10_050 - JOIN_GAP }]);
    expect(b.version).toBe(1);
  });

  it("rewrites the same range objects each time, survives three's clear, and flags nothing when nothing was written", () => {
    const b = buffer();
    markWritten(b, [0, 30_000], [500, 31_000], 2);
    const [first, second] = b.updateRanges;
    b.clearUpdateRanges();
    markWritten(b, [12, 40_000], [600, 40_100], 2);
    expect(b.updateRanges[0]).toBe(first);
    expect(b.updateRanges[1]).toBe(second);
    expect(b.updateRanges).toEqual([{ start: 12, count: 588 }, { start: 40_000, count: 100 }]);
    // One span now: the list shrinks to it.
    markWritten(b, [0], [64], 1);
    expect(b.updateRanges).toEqual([{ start: 0, count: 64 }]);
    const version = b.version;
    markWritten(b, [], [], 0);
    expect(b.version).toBe(version);
    markWritten(b, [0], [36], 1);
    expect(b.updateRanges).toEqual([{ start: 0, count: 36 }]);
    expect(b.version).toBe(version + 1);
  });
});
