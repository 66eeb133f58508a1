// `npm run sim`: the headless runner. Same seed and settings, same numbers as the app and the tests.

import { simulateEnsemble } from '../src/sim/ensemble';
import { summariseRun } from '../src/sim/summary';
import { toCsv, toJson } from './format-output';
import { CliArgumentError, parseCliArguments, USAGE } from './parse-args';

function main(argv: string[]): number {
  let options;
  try {
    options = parseCliArguments(argv);
  } catch (error) {
    if (error instanceof CliArgumentError) {
      process.stderr.write(`lobule sim: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { settings, runs, endDay, sampleHours, modelStepHours, format } = options;
  const ensemble = simulateEnsemble(settings, runs, { endDay, sampleHours, stepHours: modelStepHours });
  if (format === 'csv') {
    process.stdout.write(`${toCsv(ensemble.mean)}\n`);
    return 0;
  }
  process.stdout.write(`${toJson({
    settings: { ...settings, runs, seeds: ensemble.seeds, days: endDay, stepHours: sampleHours, modelStepHours },
    samples: ensemble.mean,
    ...(runs > 1 ? { samplesSd: ensemble.sd } : {}),
    summary: summariseRun(ensemble.mean),
    timing: { agents: ensemble.agents, steps: ensemble.steps, msPerStep: Math.round(ensemble.msPerStep * 1000) / 1000 },
  })}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
