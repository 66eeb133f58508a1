// A camera move from one pose to another over a second or so (the tour's chapters), eased at both
// ends. Reuses its vectors: stepping it allocates nothing.

import { Vector3 } from 'three';

export const GLIDE_SECONDS = 1.4;

export class CameraGlide {
  readonly fromPosition = new Vector3();
  readonly fromTarget = new Vector3();
  readonly toPosition = new Vector3();
  readonly toTarget = new Vector3();
  active = false;
  private startMs = 0;

  start(position: Vector3, target: Vector3, toPosition: Vector3, toTarget: Vector3, nowMs: number): void {
    this.fromPosition.copy(position);
    this.fromTarget.copy(target);
    this.toPosition.copy(toPosition);
    this.toTarget.copy(toTarget);
    this.startMs = nowMs;
    this.active = true;
  }

  stop(): void {
    this.active = false;
  }

  /** Moves `position` and `target` to where the glide is at `nowMs`; false once it has arrived. */
  step(position: Vector3, target: Vector3, nowMs: number): boolean {
    if (!this.active) return false;
    const t = Math.min(1, Math.max(0, (nowMs - this.startMs) / (GLIDE_SECONDS * 1000)));
    const eased = t * t * (3 - 2 * t);
    position.lerpVectors(this.fromPosition, this.toPosition, eased);
    target.lerpVectors(this.fromTarget, this.toTarget, eased);
    if (t >= 1) this.active = false;
    return true;
  }
}
