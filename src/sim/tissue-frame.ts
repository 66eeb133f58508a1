// A recorded moment of the tissue: copies of the per-slot fields that change, plus the alveoli's
// size and milk. The app keeps one frame per sample and interpolates between them.

import type { LobuleModel } from './model';

export interface TissueFrame {
  hour: number;
  /** Slots in use at this moment; later-born slots do not exist yet. */
  count: number;
  x: Float32Array;
  y: Float32Array;
  z: Float32Array;
  radiusUm: Float32Array;
  fate: Uint8Array;
  signal: Float32Array;
  alveolusRadiusUm: Float32Array;
  milkFill: Float32Array;
}

export function recordFrame(model: LobuleModel): TissueFrame {
  const { tissue, anatomy } = model;
  const n = tissue.count;
  return {
    hour: model.hour,
    count: n,
    x: tissue.x.slice(0, n),
    y: tissue.y.slice(0, n),
    z: tissue.z.slice(0, n),
    radiusUm: tissue.radiusUm.slice(0, n),
    fate: tissue.fate.slice(0, n),
    signal: tissue.signal.slice(0, n),
    alveolusRadiusUm: anatomy.alveoli.radiusUm.slice(),
    milkFill: anatomy.alveoli.milkFill.slice(),
  };
}
