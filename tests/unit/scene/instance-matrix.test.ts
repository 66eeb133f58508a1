// Instance matrices point a shape's +Y along a direction, scale it, and place it.

import { Matrix4, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { writeInstanceMatrix } from '../../../src/scene/instances/instance-matrix';

const apply = (out: Float32Array, v: Vector3): Vector3 => v.clone().applyMatrix4(new Matrix4().fromArray(out));

describe('instance matrices', () => {
  it.each([
    [[0, 1, 0]], [[1, 0, 0]], [[0, 0, -1]], [[0.6, 0.8, 0]], [[0, -1, 0]],
  ])('turn +Y to %j with the right scales and a proper rotation', (u) => {
    const out = new Float32Array(16);
    writeInstanceMatrix(out, 0, 10, 20, 30, u[0], u[1], u[2], 2, 5, 3);
    const tip = apply(out, new Vector3(0, 1, 0)).sub(new Vector3(10, 20, 30));
    expect(tip.x).toBeCloseTo(u[0] * 5, 5);
    expect(tip.y).toBeCloseTo(u[1] * 5, 5);
    expect(tip.z).toBeCloseTo(u[2] * 5, 5);
    expect(apply(out, new Vector3(1, 0, 0)).sub(new Vector3(10, 20, 30)).length()).toBeCloseTo(2, 5);
    expect(apply(out, new Vector3(0, 0, 1)).sub(new Vector3(10, 20, 30)).length()).toBeCloseTo(3, 5);
    expect(new Matrix4().fromArray(out).determinant()).toBeCloseTo(30, 3);
  });

  it('writes at the instance index', () => {
    const out = new Float32Array(48);
    writeInstanceMatrix(out, 2, 1, 2, 3, 0, 1, 0, 1, 1, 1);
    expect(Array.from(out.slice(44, 47))).toEqual([1, 2, 3]);
    expect(out.slice(0, 32).every((v) => v === 0)).toBe(true);
  });
});
