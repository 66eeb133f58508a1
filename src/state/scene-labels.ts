// The structures the scene can name with a label (L, and the tour's highlights): one id each, in
// the order they are placed when space is short.

export const SCENE_LABEL_IDS = [
  'tumour', 'senescent', 'macrophage', 'alveolus', 'milk', 'myoepithelial', 'membrane', 'duct', 'adipocyte', 'capillary',
] as const;
export type SceneLabelId = (typeof SCENE_LABEL_IDS)[number];
