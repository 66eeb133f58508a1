// Random events as hazards integrated over time. Each (rule, agent) draws an exponential threshold
// once per event and the event happens when the hazard summed since the last one crosses it: the
// same dice at any time step, so halving the step moves events by at most a step instead of
// redrawing them all (and a switch still changes only what it causes).

import { eventUniform } from './random';

export interface HazardClocks {
  /** Per stream: hazard still to accumulate before the next event (≤ 0: draw a new threshold). */
  remaining: (Float32Array | undefined)[];
  /** Per stream: events so far, which keys the next threshold's draw. */
  events: (Uint32Array | undefined)[];
}

export function createHazardClocks(): HazardClocks {
  return { remaining: [], events: [] };
}

/** Draws are keyed far from the per-step draws of the same stream. */
const THRESHOLD_KEY = 1 << 30;

function ensure(clocks: HazardClocks, stream: number, slot: number): void {
  const have = clocks.remaining[stream];
  if (have && slot < have.length) return;
  const length = Math.max(1024, (slot + 1) * 2);
  const remaining = new Float32Array(length);
  const events = new Uint32Array(length);
  if (have) {
    remaining.set(have);
    events.set(clocks.events[stream] as Uint32Array);
  }
  clocks.remaining[stream] = remaining;
  clocks.events[stream] = events;
}

/**
 * Adds `ratePerDay × dtHours` of hazard to this agent's clock for `stream` and says whether the
 * event happens in this step. Several events of one stream in one step are not possible; rules
 * whose events repeat (division) see at most one per step, which is fine while rate × step ≪ 1.
 */
export function eventHappens(clocks: HazardClocks, seed: number, stream: number, slot: number, ratePerDay: number, dtHours: number): boolean {
  if (!(ratePerDay > 0)) return false;
  ensure(clocks, stream, slot);
  const remaining = clocks.remaining[stream] as Float32Array;
  const events = clocks.events[stream] as Uint32Array;
  let left = remaining[slot];
  if (left <= 0) left = threshold(seed, stream, slot, events[slot]);
  left -= (ratePerDay * dtHours) / 24;
  if (left > 0) {
    remaining[slot] = left;
    return false;
  }
  events[slot]++;
  // The hazard past the threshold counts toward the next event (exact for repeating events, so a
  // long step does not lose time after each one); a second event in the same step waits for the next.
  remaining[slot] = Math.max(MIN_REMAINING, threshold(seed, stream, slot, events[slot]) + left);
  return true;
}

/** A tiny positive "remaining" (0 means "draw a threshold"). */
const MIN_REMAINING = 1e-6;

function threshold(seed: number, stream: number, slot: number, event: number): number {
  return -Math.log(1 - eventUniform(seed, stream, slot, THRESHOLD_KEY + event));
}

/**
 * Adds hazard to an agent's clock without letting the event happen now: for an agent born during a
 * step, credited with the part of the step it has lived (on average half), so whole generations
 * are not delayed by a step each.
 */
export function creditHazard(clocks: HazardClocks, seed: number, stream: number, slot: number, ratePerDay: number, dtHours: number): void {
  if (!(ratePerDay > 0)) return;
  ensure(clocks, stream, slot);
  const remaining = clocks.remaining[stream] as Float32Array;
  const events = clocks.events[stream] as Uint32Array;
  const left = remaining[slot] > 0 ? remaining[slot] : threshold(seed, stream, slot, events[slot]);
  remaining[slot] = Math.max(MIN_REMAINING, left - (ratePerDay * dtHours) / 24);
}

/** How many events of `stream` this agent has had: a key for draws tied to each event. */
export function eventCount(clocks: HazardClocks, stream: number, slot: number): number {
  const events = clocks.events[stream];
  return events && slot < events.length ? events[slot] : 0;
}

/** `eventHappens` on a model's clocks with its seed: what the rules call. */
export function happens(model: { hazards: HazardClocks; settings: { seed: number } }, stream: number, slot: number, ratePerDay: number, dtHours: number): boolean {
  return eventHappens(model.hazards, model.settings.seed, stream, slot, ratePerDay, dtHours);
}
