// The cut-away's plane: which side is removed, "off" removes nothing, and how each rule reaches a
// material (whole-instance culling in the vertex shader, or the plane as a clipping plane).

import { afterEach, describe, expect, it } from 'vitest';
import { MeshBasicMaterial, Plane, ShaderLib, Vector3, type InstancedMesh, type Material, type WebGLProgramParametersWithUniforms } from 'three';
import { CUT_PLANE, isCutAway, cullWholeInstances, setCutPlane, SLICE_PLANES } from '../../../src/scene/cutaway/cut-plane';
import { createShapeMeshes } from '../../../src/scene/instances/create-shape-meshes';
import { createCellMaterial } from '../../../src/scene/materials/cell-material';

afterEach(() => setCutPlane(null));

/** What a material's `onBeforeCompile` makes of three's Lambert shaders. */
function compiled(material: { onBeforeCompile: (shader: WebGLProgramParametersWithUniforms, renderer: never) => void }): WebGLProgramParametersWithUniforms {
  const shader = { uniforms: {}, vertexShader: ShaderLib.lambert.vertexShader, fragmentShader: ShaderLib.lambert.fragmentShader } as unknown as WebGLProgramParametersWithUniforms;
  material.onBeforeCompile(shader, undefined as never);
  return shader;
}

describe('the cut-away plane', () => {
  it('removes the viewer\'s side of the plane and keeps the far side', () => {
    // Camera on +z looking at the origin: the plane's normal points away from it (−z).
    setCutPlane(new Plane().setFromNormalAndCoplanarPoint(new Vector3(0, 0, -1), new Vector3()));
    expect(isCutAway(0, 0, 50)).toBe(true);
    expect(isCutAway(0, 0, -50)).toBe(false);
    expect(SLICE_PLANES).toHaveLength(1);
  });

  it('keeps a cell centred on the plane (a followed cell sits exactly at the orbit target)', () => {
    setCutPlane(new Plane().setFromNormalAndCoplanarPoint(new Vector3(0.6, 0, -0.8), new Vector3(10, 20, 30)));
    expect(isCutAway(10, 20, 30)).toBe(false);
    // A cell the plane passes through (centre 4 µm in front) is kept whole; one 10 µm in front goes.
    expect(isCutAway(10 - 0.6 * 4, 20, 30 + 0.8 * 4)).toBe(false);
    expect(isCutAway(10 - 0.6 * 10, 20, 30 + 0.8 * 10)).toBe(true);
  });

  it('removes nothing when off, and the slicing materials lose their plane', () => {
    setCutPlane(new Plane(new Vector3(0, 0, -1), 0));
    setCutPlane(null);
    expect(isCutAway(0, 0, 50)).toBe(false);
    expect(isCutAway(1e6, -1e6, 1e6)).toBe(false);
    expect(SLICE_PLANES).toHaveLength(0);
  });

  it('culls whole cells in the vertex shader of the default cell material', () => {
    const shader = compiled(createCellMaterial());
    expect(shader.uniforms.cutPlane).toBe(CUT_PLANE);
    expect(shader.vertexShader).toContain('uniform vec4 cutPlane;');
    expect(shader.vertexShader).toMatch(/instanceMatrix \* vec4\(0\.0, 0\.0, 0\.0, 1\.0\)[\s\S]*gl_Position = vec4\(2\.0/);
    expect(createCellMaterial().clippingPlanes).toBeNull();
  });

  it('slices the membrane, milk and ducts\' materials; culls the cells and the halo', () => {
    const meshes = createShapeMeshes();
    for (const id of ['membrane', 'milk'] as const) {
      expect((meshes[id].material as Material).clippingPlanes).toBe(SLICE_PLANES);
      // Sliced, yet an instance wholly on the cut-away side is dropped before rasterising.
      expect(compiled(meshes[id].material as never).vertexShader).toContain('boundRadius');
    }
    expect(((meshes.membrane.userData.backFaces as InstancedMesh).material as Material).clippingPlanes).toBe(SLICE_PLANES);
    for (const id of ['luminal', 'adipocyte', 'saspHalo', 'noDivideBadge'] as const) {
      expect((meshes[id].material as Material).clippingPlanes).toBeNull();
      expect(compiled(meshes[id].material as never).vertexShader).toContain('cutPlane');
    }
  });

  it('slices the shapes that ask for it with the shared clipping planes, and leaves their shader alone', () => {
    const material = createCellMaterial({ cut: 'slice' });
    expect(material.clippingPlanes).toBe(SLICE_PLANES);
    expect(compiled(material).vertexShader).not.toContain('cutPlane');
    // Culling and slicing programs must not be mistaken for each other in three's program cache.
    expect(material.customProgramCacheKey()).not.toBe(createCellMaterial().customProgramCacheKey());
  });

  it('adds culling to a plain material too, keeping what it did before compiling', () => {
    const material = new MeshBasicMaterial();
    let before = 0;
    material.onBeforeCompile = () => { before++; };
    cullWholeInstances(material);
    const shader = compiled(material);
    expect(before).toBe(1);
    expect(shader.vertexShader).toContain('cutPlane');
    expect(material.customProgramCacheKey()).toMatch(/cut-cull$/);
  });
});
