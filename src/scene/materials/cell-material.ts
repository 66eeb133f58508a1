// The material every cell shape is drawn with: Lambert shading plus two cheap touches in the
// fragment shader, a soft rim that outlines each cell (it reads as a contact shadow where cells
// touch) and, in the stain modes, a nucleus dot painted per cell. No extra draw call or triangle.

import { Color, DoubleSide, MeshLambertMaterial, type WebGLProgramParametersWithUniforms } from 'three';
import { cullInShader, SLICE_PLANES, type CutRule } from '../cutaway/cut-plane';

/**
 * Where a shape's nucleus shows: `cap` a disc on both ends of a prism (epithelium seen from
 * the lumen or from outside), `facing` where the surface faces the viewer (round cells: the
 * middle of their outline, as in a section), `centre` near the shape's origin (the myoepithelial
 * body), `band` the middle of a spindle (a fibroblast's long nucleus), `none`.
 */
export type NucleusRule = 'none' | 'cap' | 'facing' | 'centre' | 'band';
const RULE_NUMBER: Record<NucleusRule, number> = { none: 0, cap: 1, facing: 2, centre: 3, band: 4 };

/** Uniforms shared by every cell material, so one call recolours all of them. */
export const CELL_LOOK = {
  outlineColour: { value: new Color('#27313D') },
  /** 0 turns the rim off (the low-quality path). */
  rimStrength: { value: 0.55 },
  /** How fast the rim fades inward: 3 a soft contact shadow, lower a thicker outline (projector theme). */
  rimFalloff: { value: 3 },
  nucleusColour: { value: new Color('#4B2C83') },
  /** 0 hides nuclei (the cell-types mode). */
  nucleusOn: { value: 0 },
};

export interface CellMaterialOptions {
  nucleus?: NucleusRule;
  /** Larger nuclei (tumour cells: large nuclei, scant cytoplasm). */
  nucleusScale?: number;
  opacity?: number;
  doubleSided?: boolean;
  flatShading?: boolean;
  rim?: number;
  /** How the cut-away removes this shape's near half: whole cells (default) or sliced through. */
  cut?: CutRule;
}

const VERTEX_DECLARATION = 'varying vec3 vCellLocal;\nvoid main() {';
const FRAGMENT_DECLARATION = `varying vec3 vCellLocal;
uniform vec3 outlineColour;
uniform float rimStrength;
uniform float rimFalloff;
uniform vec3 nucleusColour;
uniform float nucleusOn;
void main() {`;

// After the normal is known and before lighting: paint the nucleus into the diffuse colour.
const NUCLEUS_CHUNK = `#include <normal_fragment_maps>
{
  float facing = abs(dot(normal, normalize(vViewPosition)));
  float nucleus = 0.0;
#if CELL_NUCLEUS == 1
  nucleus = (1.0 - smoothstep(0.17 * NUCLEUS_SCALE, 0.21 * NUCLEUS_SCALE, length(vCellLocal.xz))) * step(0.49, abs(vCellLocal.y));
#elif CELL_NUCLEUS == 2
  nucleus = smoothstep(1.0 - 0.22 * NUCLEUS_SCALE, 1.0 - 0.17 * NUCLEUS_SCALE, facing);
#elif CELL_NUCLEUS == 3
  nucleus = 1.0 - smoothstep(0.12, 0.15, length(vCellLocal.xz));
#elif CELL_NUCLEUS == 4
  nucleus = 1.0 - smoothstep(0.3, 0.36, abs(vCellLocal.y));
#endif
  diffuseColor.rgb = mix(diffuseColor.rgb, nucleusColour, nucleus * nucleusOn);
}`;

// After lighting: shade toward the outline colour where the surface turns away from the viewer.
const RIM_CHUNK = `vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
{
  float edge = 1.0 - abs(dot(normal, normalize(vViewPosition)));
  outgoingLight = mix(outgoingLight, outlineColour, rimStrength * RIM_WEIGHT * pow(edge, rimFalloff));
}`;

export function createCellMaterial(options: CellMaterialOptions = {}): MeshLambertMaterial {
  const { nucleus = 'none', nucleusScale = 1, opacity = 1, doubleSided = false, flatShading = false, rim = 1, cut = 'cull' } = options;
  const transparent = opacity < 1;
  const material = new MeshLambertMaterial({ transparent, opacity, depthWrite: !transparent, flatShading });
  if (doubleSided) material.side = DoubleSide;
  if (cut === 'slice') material.clippingPlanes = SLICE_PLANES;
  material.defines = { CELL_NUCLEUS: RULE_NUMBER[nucleus], NUCLEUS_SCALE: nucleusScale.toFixed(3), RIM_WEIGHT: rim.toFixed(3) };
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    Object.assign(shader.uniforms, CELL_LOOK);
    shader.vertexShader = shader.vertexShader
      .replace('void main() {', VERTEX_DECLARATION)
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvCellLocal = position;');
    shader.fragmentShader = shader.fragmentShader
      .replace('void main() {', FRAGMENT_DECLARATION)
      .replace('#include <normal_fragment_maps>', NUCLEUS_CHUNK)
      .replace('vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;', RIM_CHUNK);
    if (cut === 'cull') cullInShader(shader);
  };
  // Same source for every rule; the defines tell programs apart.
  material.customProgramCacheKey = () => `cell-${nucleus}-${nucleusScale}-${rim}-${cut}`;
  return material;
}
