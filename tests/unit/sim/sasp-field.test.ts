// The SASP spreads from its source and fades with distance over tens of micrometres.

import { describe, expect, it } from 'vitest';
import { createScalarField, depositInField, sampleField, spreadField } from '../../../src/sim/scalar-field';

describe('the SASP field', () => {
  const field = createScalarField([300, 300, 300], 30, 70);
  depositInField(field, 0, 0, 0, 1);
  spreadField(field);

  it('is strongest at its source and falls off with distance', () => {
    const at = (d: number): number => sampleField(field, d, 0, 0);
    expect(at(0)).toBeGreaterThan(at(30));
    expect(at(30)).toBeGreaterThan(at(90));
    expect(at(90)).toBeGreaterThan(at(210));
  });

  it('falls to about 1/e over its decay length along an axis', () => {
    expect(sampleField(field, 60, 0, 0) / sampleField(field, 0, 0, 0)).toBeCloseTo(Math.exp(-60 / 70), 1);
  });

  it('is symmetric around its source', () => {
    expect(sampleField(field, 0, 60, 0)).toBeCloseTo(sampleField(field, 0, -60, 0), 6);
    expect(sampleField(field, 0, 0, 60)).toBeCloseTo(sampleField(field, 60, 0, 0), 6);
  });
});
