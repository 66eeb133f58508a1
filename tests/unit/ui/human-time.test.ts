// Mouse days shown beside a human equivalent: weeks to months, ~12 months at mouse day 15.

import { describe, expect, it } from 'vitest';
import { humanMonthsForMouseDay, humanTimeLabel } from '../../../src/ui/time/human-time';

describe('the human timescale', () => {
  it('says breastfeeding during lactation', () => {
    expect(humanMonthsForMouseDay(-1)).toBeNull();
    expect(humanTimeLabel(-2)).toBe('breastfeeding');
  });

  it('puts the end of mouse involution (day 15) at about a year, and day 28 at about 18 months', () => {
    expect(humanMonthsForMouseDay(15)).toBeCloseTo(12);
    expect(humanMonthsForMouseDay(28)).toBeCloseTo(18);
  });

  it('grows with the mouse day and speaks in weeks early on', () => {
    expect(humanTimeLabel(1)).toMatch(/week/);
    expect(humanTimeLabel(10)).toBe('≈ 8 months after weaning');
  });
});
