// What an embedded Lobule tells its host page (API version 1): `ready`, `state`, `resize`, `error`.

import type { MetricsSample } from '../../sim/metrics';
import { phaseForDay, type PhaseId } from '../../sim/phases';
import type { SimulationSettings } from '../../sim/settings';
import type { SimulationRun } from '../../sim/simulate';
import type { LobuleState } from '../../state/store';
import { API_VERSION } from './host-messages';

type Version = typeof API_VERSION;

export const APP_SOURCE = 'lobule' as const;

export interface EmbedState {
  settings: SimulationSettings;
  day: number;
  phase: PhaseId;
  playing: boolean;
  /** The colour mode (`view` in the URL). */
  view: string;
  cutaway: boolean;
  /** The metrics of the sample nearest the day; null until a run for the current settings has reached the day. */
  metrics: MetricsSample | null;
  /** Whether a run for the current settings is still being computed. */
  computing: boolean;
}

export type AppMessage =
  | { source: typeof APP_SOURCE; version: Version; type: 'ready' }
  | { source: typeof APP_SOURCE; version: Version; type: 'state'; state: EmbedState }
  | { source: typeof APP_SOURCE; version: Version; type: 'resize'; height: number; width: number }
  | { source: typeof APP_SOURCE; version: Version; type: 'error'; message: string };

export function sampleAtDay(run: SimulationRun, day: number): MetricsSample {
  const index = Math.round(((day - run.samples[0].day) * 24) / run.sampleHours);
  return run.samples[Math.min(run.samples.length - 1, Math.max(0, index))];
}

/** Whether a run's settings (a copy, from the worker) are these: compared whole, keys in one order. */
function computedFor(run: SimulationSettings, wanted: SimulationSettings): boolean {
  const keys = Object.keys(wanted).sort();
  return JSON.stringify(run, keys) === JSON.stringify(wanted, keys);
}

export function embedState(s: LobuleState): EmbedState {
  return {
    settings: { ...s.settings, clearanceWindowDays: [...s.settings.clearanceWindowDays] },
    day: Math.round(s.day * 1000) / 1000,
    phase: phaseForDay(s.day),
    playing: s.playing,
    view: s.colourMode,
    cutaway: s.cutaway,
    // The previous run's numbers under new settings would tell the host the senolytic did nothing.
    metrics: s.run && computedFor(s.run.settings, s.settings) && s.day <= s.runReadyUntilDay ? { ...sampleAtDay(s.run, s.day) } : null,
    computing: s.runStatus === 'computing',
  };
}

type Body<M> = M extends AppMessage ? Omit<M, 'source' | 'version'> : never;

export const appMessage = (body: Body<AppMessage>): AppMessage => ({ source: APP_SOURCE, version: API_VERSION, ...body }) as AppMessage;
