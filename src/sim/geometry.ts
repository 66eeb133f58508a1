// Small vector helpers for building the anatomy (not used in per-step loops, which work on arrays).

import type { SequentialRandom } from './random';

export type Vec3 = [number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const distance = (a: Vec3, b: Vec3): number => length(sub(a, b));
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

export function normalize(a: Vec3): Vec3 {
  const l = length(a);
  return l > 0 ? scale(a, 1 / l) : [0, 1, 0];
}

export function randomUnit(random: SequentialRandom): Vec3 {
  const z = random.range(-1, 1);
  const phi = random.range(0, Math.PI * 2);
  const r = Math.sqrt(1 - z * z);
  return [r * Math.cos(phi), r * Math.sin(phi), z];
}

/** A unit vector perpendicular to `a`, turned by a random angle about it. */
export function randomPerpendicular(a: Vec3, random: SequentialRandom): Vec3 {
  const helper: Vec3 = Math.abs(a[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const u = normalize(cross(a, helper));
  const v = cross(a, u);
  const angle = random.range(0, Math.PI * 2);
  return normalize(add(scale(u, Math.cos(angle)), scale(v, Math.sin(angle))));
}

/** Distance from point p to the segment a–b. */
export function distanceToSegment(p: Vec3, a: Vec3, b: Vec3): number {
  const ab = sub(b, a);
  const t = Math.max(0, Math.min(1, dot(sub(p, a), ab) / Math.max(1e-9, dot(ab, ab))));
  return distance(p, add(a, scale(ab, t)));
}

/** 1 on the surface of the ellipsoid with these semi-axes, below 1 inside. */
export function ellipsoidRadius(p: Vec3, semiAxes: Vec3): number {
  return Math.hypot(p[0] / semiAxes[0], p[1] / semiAxes[1], p[2] / semiAxes[2]);
}

/** `count` nearly even directions on the unit sphere (a Fibonacci spiral), turned by `twist` radians. */
export function fibonacciDirections(count: number, twist: number): Vec3[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const directions: Vec3[] = [];
  for (let i = 0; i < count; i++) {
    const y = 1 - ((i + 0.5) / count) * 2;
    const r = Math.sqrt(1 - y * y);
    const theta = golden * i + twist;
    directions.push([Math.cos(theta) * r, y, Math.sin(theta) * r]);
  }
  return directions;
}
