// One beat for every text written while playing: the day readout, the human time, the numbers, the
// scene's drawn-day marks. A changed text waits for the next beat, four a second, and every waiting
// text is written on that beat. One timer serves them all, so the clock asks no time of its own for
// each one, every frame (a time is a new number on the heap until V8's top tier, and this runs at
// a few frames a second on a slow machine). The timer stops on a beat that finds nothing waiting.

/** Time between two beats: text a person reads gains nothing from more than four changes a second. */
export const READOUT_EVERY_MS = 250;

/** What waits for the next beat, and the set that held the last beat's (swapped on each beat). */
let waiting = new Set<() => void>();
let written = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

const write = (writeText: () => void): void => writeText();

function beat(): void {
  if (waiting.size === 0) {
    if (timer !== null) clearInterval(timer);
    timer = null;
    return;
  }
  // The sets swap, so what a write asks for again waits for the next beat; a Set's forEach makes no
  // iterator and the swap no copy.
  const due = waiting;
  waiting = written;
  written = due;
  due.forEach(write);
  due.clear();
}

/** Calls `writeText` on the next beat (once, however often it is asked for before then). */
export function writeOnNextBeat(writeText: () => void): void {
  waiting.add(writeText);
  if (timer === null) timer = setInterval(beat, READOUT_EVERY_MS);
}

/** Drops `writeText` from the next beat (it was written now, or its readout went). */
export function cancelBeat(writeText: () => void): void {
  waiting.delete(writeText);
}
