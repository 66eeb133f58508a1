// A cell that entered a vessel is carried along it at the drawn speed and gone past its end.

import { describe, expect, it } from 'vitest';
import { travellerAt, VESSEL_TRAVEL_UM_PER_HOUR, type VesselTraveller } from '../../../src/scene/tumour/tumour-tracks';

const traveller: VesselTraveller = {
  entryHour: 100,
  path: Float32Array.from([0, 0, 0, 10, 0, 0, 10, 20, 0]),
  distanceUm: Float32Array.from([0, 10, 30]),
};

describe('vessel travel', () => {
  const out = new Float32Array(3);
  it('is nowhere before entry, follows the path, and leaves at its end', () => {
    expect(travellerAt(traveller, 99, out)).toBe(false);
    expect(travellerAt(traveller, 100, out)).toBe(true);
    expect([...out]).toEqual([0, 0, 0]);
    expect(travellerAt(traveller, 100 + 15 / VESSEL_TRAVEL_UM_PER_HOUR, out)).toBe(true);
    expect(out[0]).toBeCloseTo(10);
    expect(out[1]).toBeCloseTo(5);
    expect(travellerAt(traveller, 100 + 31 / VESSEL_TRAVEL_UM_PER_HOUR, out)).toBe(false);
  });
});
