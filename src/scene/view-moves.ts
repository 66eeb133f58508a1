// Counts the view's moves: every move of the camera goes through the orbit controls' update (their
// own handlers, presets, glides, following a cell, the kiosk's drift), which says 'change' when the
// camera moved. Per-frame work that follows the camera (the cut-away plane, the headlight, the
// haze) redoes itself only after a move: at a few frames a second V8 runs it unoptimised for
// minutes, where each number it computes is a new heap object.

const movesOf = new WeakMap<object, number>();

/** Counts one move of the view these controls drive (OrbitView calls it on 'change'). */
export function countViewMove(controls: object): void {
  movesOf.set(controls, (movesOf.get(controls) ?? 0) + 1);
}

/** Remembers the last move it saw, for one piece of per-frame work. */
export class ViewWatch {
  private controls: object | null = null;
  private moves = 0;

  /** Whether the view may have moved since the last call that said so (always, without controls). */
  moved(controls: object | null | undefined): boolean {
    if (!controls) return true;
    const moves = movesOf.get(controls) ?? 0;
    if (controls === this.controls && moves === this.moves) return false;
    this.controls = controls;
    this.moves = moves;
    return true;
  }

  /** Forgets what it saw: the next call says moved. */
  forget(): void {
    this.controls = null;
  }
}
