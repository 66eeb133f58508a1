// The scene's drawn-day marks, which tests and tools wait on: at once when paused, on the readouts'
// beat while playing (the newest frame's, once), the version only when it changes.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { READOUT_EVERY_MS } from '../../../src/state/readout-beat';
import { createDrawnMarks } from '../../../src/scene/drawn-marks';

describe('drawn marks', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
  afterEach(() => {
    vi.advanceTimersByTime(2 * READOUT_EVERY_MS);
    vi.useRealTimers();
  });

  it('writes the drawn day in thousandths and the version, at once while paused', () => {
    let playing = false;
    const marks = createDrawnMarks(() => playing, 'drawnDay', 'drawnVersion');
    const mark = marks.drawn;
    const element = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    mark(element, 3.25, 1);
    expect(element.dataset).toEqual({ drawnDay: '3.25', drawnVersion: '1' });
    mark(element, 4.00049, 2);
    expect(element.dataset).toEqual({ drawnDay: '4', drawnVersion: '2' });
    playing = true;
    mark(element, 4.1, 3);
    mark(element, 4.2, 4);
    // Playing: nothing until the beat, then the newest frame's marks.
    expect(element.dataset).toEqual({ drawnDay: '4', drawnVersion: '2' });
    vi.advanceTimersByTime(READOUT_EVERY_MS);
    expect(element.dataset).toEqual({ drawnDay: '4.2', drawnVersion: '4' });
    // A frame drawn as the clock pauses is written with it, and the beat has nothing left.
    mark(element, 4.3, 5);
    playing = false;
    mark(element, 4.31, 6);
    expect(element.dataset).toEqual({ drawnDay: '4.31', drawnVersion: '6' });
    vi.advanceTimersByTime(READOUT_EVERY_MS);
    expect(element.dataset).toEqual({ drawnDay: '4.31', drawnVersion: '6' });
    // Gone with the scene: what waited for the beat is not written.
    playing = true;
    mark(element, 5, 7);
    marks.dispose();
    vi.advanceTimersByTime(READOUT_EVERY_MS);
    expect(element.dataset).toEqual({ drawnDay: '4.31', drawnVersion: '6' });
  });

  it('keeps a text it wrote rather than write the same again', () => {
    const mark = createDrawnMarks(() => false, 'drawnDay', 'drawnVersion').drawn;
    const writes: string[] = [];
    const dataset = new Proxy({} as Record<string, string>, { set: (target, key, value) => { writes.push(`${String(key)}=${value}`); target[key as string] = value; return true; } });
    const element = { dataset } as unknown as HTMLElement;
    mark(element, 2, 7);
    mark(element, 2.0001, 7);
    mark(element, 2.5, 7);
    expect(writes).toEqual(['drawnDay=2', 'drawnVersion=7', 'drawnDay=2.5']);
  });
});
