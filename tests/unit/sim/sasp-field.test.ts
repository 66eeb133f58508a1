// The SASP spreads from its source and fades with distance over tens of micrometres, the same in
// every direction (an isotropic Gaussian kernel: one source gives exp(−(r/λ)²), 1 on its spot).

import { describe, expect, it } from 'vitest';
import { clearField, createScalarField, depositInField, sampleField, spreadField } from '../../../src/sim/scalar-field';

describe('the SASP field', () => {
  const field = createScalarField([300, 300, 300], 30, 70);
  depositInField(field, 0, 0, 0, 1);
  spreadField(field);

  it('is strongest at its source, where one source gives about 1, and falls off with distance', () => {
    const at = (d: number): number => sampleField(field, d, 0, 0);
    expect(at(0)).toBeCloseTo(1, 6);
    expect(at(0)).toBeGreaterThan(at(30));
    expect(at(30)).toBeGreaterThan(at(90));
    expect(at(90)).toBeGreaterThan(at(210));
  });

  it('falls to 1/e at its decay length (70 µm)', () => {
    expect(sampleField(field, 0, 70, 0) / sampleField(field, 0, 0, 0)).toBeCloseTo(Math.exp(-1), 1);
    expect(sampleField(field, 60, 0, 0)).toBeCloseTo(Math.exp(-((60 / 70) ** 2)), 3);
  });

  it('is symmetric around its source', () => {
    expect(sampleField(field, 0, 60, 0)).toBeCloseTo(sampleField(field, 0, -60, 0), 6);
    expect(sampleField(field, 0, 0, 60)).toBeCloseTo(sampleField(field, 60, 0, 0), 6);
  });

  it('is isotropic: at 45–90 µm the signal along a diagonal agrees with that along the axes (mean within 2%, worst within 7%), wherever the source sits', () => {
    const grid = createScalarField([300, 300, 300], 30, 70);
    let state = 7;
    const random = (): number => (state = (state * 16807) % 2147483647) / 2147483647;
    const errors: number[] = [];
    for (let trial = 0; trial < 40; trial++) {
      const [px, py, pz] = [random() * 60 - 30, random() * 60 - 30, random() * 60 - 30];
      clearField(grid);
      depositInField(grid, px, py, pz, 1);
      spreadField(grid);
      for (const d of [45, 60, 90]) {
        const alongAxes = (sampleField(grid, px + d, py, pz) + sampleField(grid, px, py - d, pz) + sampleField(grid, px, py, pz + d)) / 3;
        const s = d / Math.sqrt(3);
        for (const [sx, sy, sz] of [[1, 1, 1], [1, -1, 1], [-1, 1, -1]]) {
          errors.push(Math.abs(sampleField(grid, px + sx * s, py + sy * s, pz + sz * s) / alongAxes - 1));
        }
        const face = d / Math.SQRT2;
        errors.push(Math.abs(sampleField(grid, px + face, py + face, pz) / alongAxes - 1));
      }
    }
    expect(Math.max(...errors)).toBeLessThanOrEqual(0.07);
    expect(errors.reduce((a, b) => a + b, 0) / errors.length).toBeLessThanOrEqual(0.02);
  });
});
