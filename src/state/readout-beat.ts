// One beat for every text written while playing: the day readout, the human time, the numbers, the
// scene's drawn-day marks. A changed text waits for the next beat, four a second, and every waiting
// text is written on that beat. One timer serves them all, so nothing reads the time for itself
// every frame (a time is a new number on the heap until V8's top tier, and this runs at a few
// frames a second on a slow machine). The timer stops on a beat that finds nothing waiting.
// The writers that joined are kept in an array, each with a flag: a Set of waiting writes made
// garbage on every beat (`clear()` gives a Set a new table, and adding grows it again).

/** Time between two beats: text a person reads gains nothing from more than four changes a second. */
export const READOUT_EVERY_MS = 250;

/** A text written on the beat. */
export interface BeatWriter {
  /** Writes on the next beat (once, however often asked before then). */
  writeOnNextBeat(): void;
  /** Drops the write the next beat would make (it was written now). */
  cancel(): void;
  /** Leaves the beat for good. */
  leave(): void;
}

interface Writer {
  write: () => void;
  due: boolean;
}

const writers: Writer[] = [];
let timer: ReturnType<typeof setInterval> | null = null;

function beat(): void {
  let wrote = false;
  for (let k = 0; k < writers.length; k++) {
    const writer = writers[k];
    if (!writer.due) continue;
    writer.due = false;
    wrote = true;
    writer.write();
  }
  if (!wrote && timer !== null) {
    clearInterval(timer);
    timer = null;
  }
}

/** Joins `write` to the beat. */
export function joinBeat(write: () => void): BeatWriter {
  const writer: Writer = { write, due: false };
  writers.push(writer);
  return {
    writeOnNextBeat() {
      writer.due = true;
      if (timer === null) timer = setInterval(beat, READOUT_EVERY_MS);
    },
    cancel() {
      writer.due = false;
    },
    leave() {
      writer.due = false;
      const at = writers.indexOf(writer);
      if (at >= 0) writers.splice(at, 1);
    },
  };
}
