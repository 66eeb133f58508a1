// Runs the whole timeline for one set of settings: the metrics samples for charts and the CLI, and
// (for the app) a frame per sample so the tissue can be shown at any day, backwards too, at once.

import type { DuctSegment } from './anatomy';
import { type CellFate, isGone } from './cell-kinds';
import { MODEL_STEP_HOURS, TIMELINE_END_DAY, TIMELINE_START_DAY } from './constants';
import type { FateHistory } from './tissue';
import { measureMetrics, NUMERIC_METRICS, type MetricsSample } from './metrics';
import { advanceOneStep, createLobuleModel, type LobuleModel } from './model';
import { phaseForDay } from './phases';
import type { SimulationSettings } from './settings';
import { recordFrame, type TissueFrame } from './tissue-frame';

export interface SimulateOptions {
  /**
   * Hours between samples (and frames). Sampling only: the model's time grid is `stepHours`
   * whatever this is, so a sample on a common day is the same number at any sampling.
   */
  sampleHours?: number;
  /** The model's internal time step in hours (default MODEL_STEP_HOURS); for convergence checks. */
  stepHours?: number;
  /** Last day simulated (days since weaning). */
  endDay?: number;
  /** Keep a frame per sample (the app needs them; the CLI does not). */
  recordFrames?: boolean;
}

/** What never changes during a run, for drawing it. */
export interface RunStructure {
  semiAxesUm: [number, number, number];
  ducts: DuctSegment[];
  alveolusCenterUm: Float32Array;
  alveolusLactatingRadiusUm: Float32Array;
  /** Per slot (final count): kind, owning alveolus, and the fixed axis of non-moving agents. */
  slotCount: number;
  kind: Uint8Array;
  alveolus: Int32Array;
  axisX: Float32Array;
  axisY: Float32Array;
  axisZ: Float32Array;
}

export interface SimulationRun {
  settings: SimulationSettings;
  sampleHours: number;
  samples: MetricsSample[];
  frames: TissueFrame[];
  structure: RunStructure;
  /** Every fate change of the run, with its cause (for a cell's story). */
  history: FateHistory;
  timing: { agents: number; steps: number; msPerStep: number };
}

/** A monotonic clock in ms, where the host has one (browser, worker, Node); only for timing figures. */
const clock: { now(): number } = (globalThis as { performance?: { now(): number } }).performance ?? { now: () => 0 };

export function simulate(settings: SimulationSettings, options: SimulateOptions = {}): SimulationRun {
  const stepper = startSimulation(settings, options);
  while (!stepper.done) stepper.advance();
  return stepper.result();
}

/**
 * A run computed one sample interval at a time, so a host can stop between intervals (a newer
 * request) and hand over the frames computed so far (streaming the first picture).
 */
export interface RunStepper {
  readonly settings: SimulationSettings;
  readonly sampleHours: number;
  /** Samples (and frames, when recorded) so far; they only grow. */
  readonly samples: MetricsSample[];
  readonly frames: TissueFrame[];
  /** Sample intervals in the whole run, and how many are done. */
  readonly sampleCount: number;
  readonly samplesDone: number;
  readonly done: boolean;
  /** Computes the next sample interval. */
  advance(): void;
  /** What never changes during the run, for the slots that exist so far. */
  structure(): RunStructure;
  /** The finished run (only once done). */
  result(): SimulationRun;
}

export function startSimulation(settings: SimulationSettings, options: SimulateOptions = {}): RunStepper {
  const sampleHours = options.sampleHours ?? 6;
  const stepHours = options.stepHours ?? MODEL_STEP_HOURS;
  const endDay = options.endDay ?? TIMELINE_END_DAY;
  if (!(sampleHours > 0)) throw new RangeError(`sampling every ${sampleHours} h: expected more than 0`);
  const model = createLobuleModel(settings, stepHours);
  const startHour = model.hour;
  const samples: MetricsSample[] = [measureMetrics(model)];
  const frames: TissueFrame[] = options.recordFrames ? [recordFrame(model)] : [];
  // Whole intervals only, so no sample lies past the end day.
  const sampleCount = Math.floor(((endDay - TIMELINE_START_DAY) * 24) / sampleHours + 1e-9);
  let s = 0;
  let peakAgents = 0;
  let stepMs = 0;
  // The metrics at the latest measured step boundary, kept for samples that fall between two steps.
  let boundary: MetricsSample = samples[0];
  let boundaryStep = 0;
  const stepTo = (stepIndex: number): void => {
    const started = clock.now();
    while (model.stepIndex < stepIndex) advanceOneStep(model);
    stepMs += clock.now() - started;
  };
  return {
    settings,
    sampleHours,
    samples,
    frames,
    sampleCount,
    get samplesDone() { return s; },
    get done() { return s >= sampleCount; },
    advance() {
      if (s >= sampleCount) return;
      s++;
      const stepsToSample = (s * sampleHours) / stepHours;
      const whole = Math.round(stepsToSample);
      if (Math.abs(stepsToSample - whole) < 1e-6) {
        // On the model's grid: the state itself.
        stepTo(whole);
        boundary = measureMetrics(model);
        boundaryStep = whole;
        samples.push(boundary);
        if (options.recordFrames) frames.push(recordFrame(model));
      } else {
        // Between two steps (sampling finer than the step): interpolate the two boundaries' metrics.
        if (options.recordFrames) throw new RangeError(`frames need samples on the ${stepHours}-h step grid, not every ${sampleHours} h`);
        const before = Math.floor(stepsToSample);
        if (boundaryStep !== before) {
          stepTo(before);
          boundary = measureMetrics(model);
          boundaryStep = before;
        }
        stepTo(before + 1);
        samples.push(interpolateSamples(boundary, measureMetrics(model), stepsToSample - before, (startHour + s * sampleHours) / 24));
      }
      peakAgents = Math.max(peakAgents, countPresent(model));
    },
    structure: () => describeStructure(model),
    result() {
      if (s < sampleCount) throw new Error('the run is not finished');
      const steps = model.stepIndex;
      return {
        settings,
        sampleHours,
        samples,
        frames,
        structure: describeStructure(model),
        history: model.tissue.history,
        timing: { agents: peakAgents, steps, msPerStep: steps > 0 ? stepMs / steps : 0 },
      };
    },
  };
}

function describeStructure(model: LobuleModel): RunStructure {
  const { tissue, anatomy } = model;
  const { alveoli } = anatomy;
  const n = tissue.count;
  const centers = new Float32Array(alveoli.count * 3);
  for (let a = 0; a < alveoli.count; a++) {
    centers[a * 3] = alveoli.centerX[a];
    centers[a * 3 + 1] = alveoli.centerY[a];
    centers[a * 3 + 2] = alveoli.centerZ[a];
  }
  return {
    semiAxesUm: [...anatomy.semiAxesUm] as [number, number, number],
    ducts: anatomy.ducts,
    alveolusCenterUm: centers,
    alveolusLactatingRadiusUm: alveoli.lactatingRadiusUm.slice(),
    slotCount: n,
    kind: tissue.kind.slice(0, n),
    alveolus: tissue.alveolus.slice(0, n),
    axisX: tissue.axisX.slice(0, n),
    axisY: tissue.axisY.slice(0, n),
    axisZ: tissue.axisZ.slice(0, n),
  };
}

/** Agents present in the tissue now (not yet gone). */
function countPresent(model: LobuleModel): number {
  const { fate, living } = model.tissue;
  let n = 0;
  for (let k = 0; k < model.tissue.livingCount; k++) if (!isGone(fate[living[k]] as CellFate)) n++;
  return n;
}

/** A sample between two step boundaries, `t` of the way from the first: counts become fractional. */
function interpolateSamples(a: MetricsSample, b: MetricsSample, t: number, day: number): MetricsSample {
  const sample: MetricsSample = { ...a, phase: phaseForDay(day) };
  for (const f of NUMERIC_METRICS) sample[f] = a[f] + (b[f] - a[f]) * t;
  sample.day = Math.round(day * 1e4) / 1e4;
  return sample;
}
