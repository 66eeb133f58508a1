// The quality level follows the frame rate: lowered when frames stay slow, raised with headroom,
// and untouched by pauses between bursts of drawing (render on demand).

import { describe, expect, it } from 'vitest';
import { createQualityGovernor } from '../../../src/scene/quality-governor';
import type { QualityLevel } from '../../../src/state/quality-slice';

function drawFrames(level: QualityLevel, gapMs: number, frames: number, governor = createQualityGovernor(), start = 0): { level: QualityLevel; at: number } {
  let now = start;
  for (let k = 0; k < frames; k++) {
    now += gapMs;
    level = governor.frame(now, level);
  }
  return { level, at: now };
}

describe('adaptive quality', () => {
  it('lowers the level when frames stay slow (80 ms), one step at a time', () => {
    const governor = createQualityGovernor();
    const first = drawFrames('high', 80, 61, governor);
    expect(first.level).toBe('medium');
    expect(drawFrames(first.level, 80, 60, governor, first.at).level).toBe('low');
  });

  it('raises it again when there is headroom (10 ms frames)', () => {
    expect(drawFrames('low', 10, 121).level).toBe('medium');
  });

  it('keeps it at ordinary rates and across pauses between redraws', () => {
    expect(drawFrames('medium', 30, 300).level).toBe('medium');
    // Redraws a second apart (scrubbing, turning now and then) say nothing about speed.
    expect(drawFrames('high', 1000, 300).level).toBe('high');
  });
});
