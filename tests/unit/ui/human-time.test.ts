// Mouse days beside an honest human equivalent, mapped phase by phase: the reversible phase is days
// in both species; remodelling the mouse finishes by day 15 takes about a year in women; the breast
// looks never-pregnant by about 18 months (Jindal 2014).

import { describe, expect, it } from 'vitest';
import { humanDaysForMouseDay, humanMonthsForMouseDay, humanTimeLabel } from '../../../src/ui/time/human-time';

describe('the human timescale', () => {
  it('says breastfeeding during lactation', () => {
    expect(humanMonthsForMouseDay(-1)).toBeNull();
    expect(humanTimeLabel(-2)).toBe('breastfeeding');
  });

  it('keeps the reversible phase (mouse days 0–2) to days, not weeks', () => {
    expect(humanTimeLabel(0)).toBe('hours after weaning');
    expect(humanTimeLabel(1)).toMatch(/^≈ \d days after weaning$/);
    expect(humanDaysForMouseDay(2)).toBeCloseTo(7);
    expect(humanTimeLabel(2)).toBe('≈ 7 days after weaning');
  });

  it('puts the end of mouse involution (day 15) at about a year, and day 28 at about 18 months', () => {
    expect(humanMonthsForMouseDay(15)).toBeCloseTo(12, 0);
    expect(humanMonthsForMouseDay(28)).toBeCloseTo(18, 0);
    expect(humanTimeLabel(28)).toBe('≈ 18 months after weaning');
  });

  it('grows with the mouse day, from weeks into months, and never goes backwards', () => {
    expect(humanTimeLabel(3)).toMatch(/weeks/);
    expect(humanTimeLabel(10)).toMatch(/months/);
    let previous = -1;
    for (let day = 0; day <= 28; day += 0.25) {
      const days = humanDaysForMouseDay(day)!;
      expect(days).toBeGreaterThanOrEqual(previous);
      previous = days;
    }
  });
});
