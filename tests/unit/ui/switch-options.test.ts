// The switches offer the default senolytic window and later ones, and three seeding days; a value
// from a shared link that is not on the list is still offered (and so shown).

import { describe, expect, it } from 'vitest';
import { clearanceWindowOptions, parseWindowValue, tumourSeedDayOptions, windowValue } from '../../../src/ui/switches/switch-options';

describe('switch options', () => {
  it('offer days 2–6 and at least one later window, and keep an unlisted one', () => {
    expect(clearanceWindowOptions([2, 6])[0]).toEqual([2, 6]);
    expect(clearanceWindowOptions([2, 6]).some(([start]) => start > 6)).toBe(true);
    expect(clearanceWindowOptions([3, 5])).toContainEqual([3, 5]);
    expect(parseWindowValue(windowValue([14, 18]))).toEqual([14, 18]);
  });

  it('offer seeding at weaning, on day 3 and on day 15 (when the tour seeds after involution)', () => {
    expect(tumourSeedDayOptions(0)).toEqual([0, 3, 15]);
    expect(tumourSeedDayOptions(7)).toEqual([0, 3, 7, 15]);
  });
});
