// The phases of the gland, set by the clock (days since weaning), as the public contract lists them.

export type PhaseId = 'lactation' | 'involution-1' | 'involution-2' | 'repopulation' | 'resting';

export interface PhaseSpan {
  id: PhaseId;
  /** First day of the phase (inclusive); the next phase's start ends it. */
  startDay: number;
}

/** In clock order; the first starts before the timeline does. */
export const PHASES: readonly PhaseSpan[] = [
  { id: 'lactation', startDay: -Infinity },
  { id: 'involution-1', startDay: 0 },
  { id: 'involution-2', startDay: 2 },
  { id: 'repopulation', startDay: 7 },
  { id: 'resting', startDay: 15 },
];

export const PHASE_IDS: readonly PhaseId[] = PHASES.map((p) => p.id);

export function phaseForDay(day: number): PhaseId {
  let id: PhaseId = 'lactation';
  // Indexed, not for…of: the readouts ask on every frame while playing, and an iterator is an
  // allocation until the optimiser removes it.
  for (let k = 0; k < PHASES.length; k++) if (day >= PHASES[k].startDay) id = PHASES[k].id;
  return id;
}

/** The day a phase ends (the next phase's start), or Infinity for the last. */
export function phaseEndDay(id: PhaseId): number {
  const index = PHASE_IDS.indexOf(id);
  return index + 1 < PHASES.length ? PHASES[index + 1].startDay : Infinity;
}
