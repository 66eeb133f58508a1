// The cell shapes, one raw InstancedMesh each, in drawing order (opaque first, then see-through).

export const SHAPE_IDS = [
  'luminal', 'noDivideBadge', 'apoptotic', 'myoepithelial', 'fibroblast', 'collagen', 'capillary', 'macrophage', 'tumour',
  'milk', 'adipocyte', 'membrane', 'saspHalo',
] as const;
export type ShapeId = (typeof SHAPE_IDS)[number];
