// Low-poly geometries, one per cell shape, each with its long or outward axis along +Y so that one
// instance matrix can point it (see instance-matrix.ts). Sizes are unit; instances scale them in µm.

import { BoxGeometry, BufferAttribute, BufferGeometry, CatmullRomCurve3, CylinderGeometry, IcosahedronGeometry, SphereGeometry, TorusGeometry, TubeGeometry, Vector3 } from 'three';
import { LUMINAL_RADIUS_UM } from '../../sim/constants';

/** Cuboidal epithelium as a hexagonal prism: tiles like cobblestones around the lumen. */
export const luminalCellGeometry = (): BufferGeometry => new CylinderGeometry(0.5, 0.5, 1, 6, 1);

/** Dying and shed cells: a small, faceted, shrunken body. */
export const apoptoticBodyGeometry = (): BufferGeometry => new IcosahedronGeometry(1, 0);

/** The SASP halo around a senescent cell. */
export const haloGeometry = (): BufferGeometry => new IcosahedronGeometry(1, 1);

/**
 * The "no division" badge a senescent cell wears (a crossed-out ring lying in the plane tangent
 * to the epithelium), so senescence never rests on colour alone.
 */
/**
 * How far the no-divide badge stands above its cell's centre, in units of the cell's radius: the
 * ring sat 0.35 radius + 1.5 µm out for a cell of the usual radius.
 */
const BADGE_LIFT = (0.35 * LUMINAL_RADIUS_UM + 1.5) / LUMINAL_RADIUS_UM;

export const noDivideBadgeGeometry = (): BufferGeometry => {
  const ring = new TorusGeometry(0.5, 0.09, 4, 14);
  ring.rotateX(Math.PI / 2);
  const bar = new BoxGeometry(0.95, 0.14, 0.16);
  bar.rotateY(Math.PI / 4);
  // Placed at its cell's centre (so the cut-away keeps or removes it with its cell) and drawn just
  // above the flat cell, facing out of the alveolus.
  return mergeAll([ring, bar]).translate(0, BADGE_LIFT, 0);
};

/** Round droplets: the milk in each lumen. */
export const dropletGeometry = (): BufferGeometry => new IcosahedronGeometry(1, 2);

/**
 * Adipocyte: an irregular 80-faced polyhedron (drawn flat-shaded), so packed fat cells read as
 * the polygonal cells of a fat pad, not as balls. Each vertex moves in or out by up to 7%, the
 * same amount wherever faces share it (a hash of its position), so the surface stays closed.
 */
export const adipocyteGeometry = (): BufferGeometry => {
  const g = new IcosahedronGeometry(1, 1);
  const position = g.getAttribute('position');
  const p = new Vector3();
  for (let i = 0; i < position.count; i++) {
    p.fromBufferAttribute(position, i).normalize();
    const hash = Math.sin(12.9898 * p.x + 78.233 * p.y + 37.719 * p.z) * 43758.5453;
    p.multiplyScalar(0.93 + 0.07 * (hash - Math.floor(hash)) * 2);
    position.setXYZ(i, p.x, p.y, p.z);
  }
  g.computeVertexNormals();
  return g;
};

/** Spindle-shaped fibroblast, pointed at both ends along Y. */
export const spindleGeometry = (): BufferGeometry => {
  const g = new IcosahedronGeometry(1, 0);
  g.scale(0.22, 1, 0.22);
  return g;
};

/**
 * Collagen fibre: three thin strands twisted round each other along Y (length 1, about 2 units
 * across), a wavy bundle rather than a flat slab, so it never reads as a leaf.
 */
export const collagenBundleGeometry = (): BufferGeometry => {
  const strands: BufferGeometry[] = [];
  for (let s = 0; s < 3; s++) {
    const points: Vector3[] = [];
    for (let k = 0; k <= 12; k++) {
      const t = k / 12;
      const angle = 2 * Math.PI * (1.5 * t + s / 3);
      points.push(new Vector3(0.55 * Math.cos(angle), t - 0.5, 0.55 * Math.sin(angle)));
    }
    strands.push(new TubeGeometry(new CatmullRomCurve3(points), 24, 0.32, 3, false));
  }
  return mergeAll(strands);
};

/** A thin open tube along Y: capillary segments and the duct. */
export const tubeGeometry = (radialSegments: number): BufferGeometry => new CylinderGeometry(1, 1, 1, radialSegments, 1, true);

/** One patch of basement membrane: a cap of the unit sphere around +Y. */
export const membraneCapGeometry = (): BufferGeometry => new SphereGeometry(1, 10, 3, 0, Math.PI * 2, 0, 0.52);

/** Myoepithelial basket cell: a flat body with five processes in the plane tangent to the alveolus. */
export const starGeometry = (): BufferGeometry => {
  const body = new IcosahedronGeometry(0.22, 0);
  body.scale(1, 0.5, 1);
  const arms: BufferGeometry[] = [body];
  for (let k = 0; k < 5; k++) {
    const arm = new CylinderGeometry(0.025, 0.06, 0.5, 4, 1);
    arm.rotateZ(Math.PI / 2);
    arm.translate(0.25, 0, 0);
    arm.rotateY((k / 5) * Math.PI * 2 + 0.3);
    arms.push(arm);
  }
  return mergeAll(arms);
};

/**
 * Macrophage: an amoeboid body with a leading pseudopod along +Y and two smaller ones, the
 * surface pushed in and out so it reads as crawling, not as a ball.
 */
export const amoeboidGeometry = (): BufferGeometry => {
  const lobes = [new Vector3(0, 1, 0), new Vector3(0.8, -0.3, 0.4), new Vector3(-0.6, -0.4, -0.7)];
  const reach = [0.75, 0.35, 0.3];
  return displaced(new IcosahedronGeometry(1, 2), (p) => {
    let r = 0.85 + 0.06 * Math.sin(5 * p.x + 3 * p.y) * Math.cos(4 * p.z);
    lobes.forEach((lobe, k) => (r += reach[k] * Math.max(0, p.dot(lobe)) ** 6));
    return r;
  });
};

/** Tumour cell: a lumpy, irregular outline. */
export const bumpyCellGeometry = (): BufferGeometry =>
  displaced(new IcosahedronGeometry(1, 1), (p) => 1 + 0.12 * Math.sin(7 * p.x) * Math.sin(6 * p.y + 1) * Math.sin(5 * p.z + 2));

function displaced(geometry: BufferGeometry, radiusAt: (direction: Vector3) => number): BufferGeometry {
  const position = geometry.getAttribute('position');
  const p = new Vector3();
  for (let i = 0; i < position.count; i++) {
    p.fromBufferAttribute(position, i).normalize();
    const r = radiusAt(p);
    position.setXYZ(i, p.x * r, p.y * r, p.z * r);
  }
  geometry.computeVertexNormals();
  return geometry;
}

/**
 * Joins parts into one shape: their triangles' corners, one after another, with flat normals
 * computed afresh (so only positions are carried; three's `mergeGeometries` would cost the bundle
 * ~1.5 KB gzip for the same result).
 */
function mergeAll(parts: BufferGeometry[]): BufferGeometry {
  const corners = parts.map((g) => (g.index ? g.toNonIndexed() : g).getAttribute('position').array);
  const positions = new Float32Array(corners.reduce((sum, array) => sum + array.length, 0));
  let offset = 0;
  for (const array of corners) {
    positions.set(array, offset);
    offset += array.length;
  }
  const merged = new BufferGeometry();
  merged.setAttribute('position', new BufferAttribute(positions, 3));
  merged.computeVertexNormals();
  return merged;
}
