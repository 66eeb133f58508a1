// What the scene last drew, written as attributes of its element for tests and tools to read: the
// day in thousandths (`data-drawn-day`, or the comparison's) and the tissue's version. While playing
// they are written on the readouts' beat (state/readout-beat.ts), four times a second: written with
// every frame, their texts were new garbage each time. Paused, at once, so whatever waits for a
// day to be drawn sees it with the frame.

import { joinBeat } from '../state/readout-beat';

interface DrawnMarks {
  /** Call with each drawn frame. */
  drawn(element: HTMLElement, day: number, version: number): void;
  /** Leaves the readouts' beat (the scene is gone). */
  dispose(): void;
}

/** `dayName` and `versionName` are dataset keys. */
export function createDrawnMarks(playing: () => boolean, dayName: string, versionName: string): DrawnMarks {
  // The newest frame's day and version, kept as numbers (a typed array boxes nothing).
  const drawn = new Float64Array(2);
  let target: HTMLElement | null = null;
  let writtenThousandths = Number.NaN;
  let writtenVersion = -1;
  const write = (): void => {
    if (!target) return;
    const thousandths = Math.round(drawn[0] * 1000);
    if (thousandths !== writtenThousandths) {
      target.dataset[dayName] = String(thousandths / 1000);
      writtenThousandths = thousandths;
    }
    if (drawn[1] !== writtenVersion) {
      target.dataset[versionName] = String(drawn[1]);
      writtenVersion = drawn[1];
    }
  };
  const beat = joinBeat(write);
  return {
    drawn(element, day, version) {
      target = element;
      drawn[0] = day;
      drawn[1] = version;
      if (playing()) beat.writeOnNextBeat();
      else {
        beat.cancel();
        write();
      }
    },
    dispose() {
      beat.leave();
      target = null;
    },
  };
}
