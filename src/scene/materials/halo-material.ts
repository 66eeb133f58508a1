// The SASP halo: a see-through shell around each senescent cell that shows at its rim and fades to
// nothing where it faces the viewer, so it reads as a glow around the cell without veiling it.

import { MeshBasicMaterial, type WebGLProgramParametersWithUniforms } from 'three';

/** Opacity at the very rim; the middle is clear. */
const RIM_OPACITY = 0.8;
/** How fast the glow fades from the rim inward (higher: a thinner ring). */
const RIM_FALLOFF = 1.6;

/** The same varyings open both shaders' `main`. */
const DECLARATION = 'varying vec3 vHaloNormal;\nvarying vec3 vHaloToEye;\nvoid main() {';
// After projection: the view-space normal (the instance's scale is near-uniform, so its rotation
// part turns normals well enough for a glow) and the direction to the eye.
const VERTEX_CHUNK = `#include <project_vertex>
#ifdef USE_INSTANCING
vHaloNormal = normalMatrix * mat3(instanceMatrix) * normal;
#else
vHaloNormal = normalMatrix * normal;
#endif
vHaloToEye = -mvPosition.xyz;`;
const FRAGMENT_CHUNK = `diffuseColor.a *= pow(1.0 - abs(dot(normalize(vHaloNormal), normalize(vHaloToEye))), ${RIM_FALLOFF.toFixed(2)});
#include <opaque_fragment>`;

export function createHaloMaterial(): MeshBasicMaterial {
  const material = new MeshBasicMaterial({ transparent: true, opacity: RIM_OPACITY, depthWrite: false });
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    shader.vertexShader = shader.vertexShader
      .replace('void main() {', DECLARATION)
      .replace('#include <project_vertex>', VERTEX_CHUNK);
    shader.fragmentShader = shader.fragmentShader
      .replace('void main() {', DECLARATION)
      .replace('#include <opaque_fragment>', FRAGMENT_CHUNK);
  };
  // Its own program: other plain materials must not share the glow's shader.
  material.customProgramCacheKey = () => 'sasp-halo';
  return material;
}
