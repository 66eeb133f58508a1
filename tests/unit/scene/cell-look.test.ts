// The shared cell look: a soft rim by default, none at low quality, and a thick dark outline on a projector.

import { describe, expect, it } from 'vitest';
import { applyCellLook } from '../../../src/scene/materials/cell-look';
import { CELL_LOOK } from '../../../src/scene/materials/cell-material';

describe('the cells\' outline', () => {
  it('is a soft contact shadow by default and turned off at low quality', () => {
    applyCellLook('cells', 'high', 'default');
    const soft = { strength: CELL_LOOK.rimStrength.value, falloff: CELL_LOOK.rimFalloff.value };
    expect(soft.strength).toBeGreaterThan(0);
    applyCellLook('cells', 'low', 'default');
    expect(CELL_LOOK.rimStrength.value).toBe(0);
  });

  it('is stronger and reaches further inward in the projector theme, at any quality', () => {
    applyCellLook('cells', 'high', 'default');
    const soft = { strength: CELL_LOOK.rimStrength.value, falloff: CELL_LOOK.rimFalloff.value };
    for (const quality of ['high', 'low'] as const) {
      applyCellLook('cells', quality, 'projector');
      expect(CELL_LOOK.rimStrength.value).toBeGreaterThan(soft.strength);
      expect(CELL_LOOK.rimFalloff.value).toBeLessThan(soft.falloff);
    }
  });
});
