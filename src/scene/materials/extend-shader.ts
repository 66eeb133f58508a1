// Adds an edit to a material's shaders after the edits it already has, in a program of its own:
// the cut-away's tests and the cells' instance buffer each wrap a material this way, in any order.

import type { Material, WebGLProgramParametersWithUniforms } from 'three';

/** Runs `edit` after the material's own `onBeforeCompile`; `key` joins its program key, so materials with and without the edit never share a program. */
export function extendShader<M extends Material>(material: M, edit: (shader: WebGLProgramParametersWithUniforms) => void, key: string): M {
  const before = material.onBeforeCompile.bind(material);
  material.onBeforeCompile = (shader, renderer) => {
    before(shader, renderer);
    edit(shader);
  };
  const ownKey = material.customProgramCacheKey.bind(material);
  material.customProgramCacheKey = () => `${ownKey()}-${key}`;
  return material;
}
