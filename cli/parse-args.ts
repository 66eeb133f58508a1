// Turns `npm run sim` arguments into validated options, or one clear error naming the argument.
// Every value goes through the shared value schemas, as URL parameters do.

import { dayWindowIn, integerIn, numberIn, oneOf, type ValueSchema } from '../src/schema/value-schema';
import { MODEL_STEP_HOURS } from '../src/sim/constants';
import { DAY_MAX, DAY_MIN, DEFAULT_SEED, KNOCKOUTS, SCALE_MAX, SEED_MAX, withDefaults, type Knockout, type SimulationSettings } from '../src/sim/settings';

export interface CliOptions {
  settings: SimulationSettings;
  runs: number;
  endDay: number;
  sampleHours: number;
  /** The model's internal step (hours); sampling never changes it. */
  modelStepHours: number;
  format: 'json' | 'csv';
  help: boolean;
}

export class CliArgumentError extends Error {}

const schemas = {
  seed: integerIn(0, SEED_MAX),
  runs: integerIn(1, 200),
  days: numberIn(0, 60),
  stepHours: numberIn(0.25, 48),
  modelStepHours: numberIn(0.1, 3),
  scale: numberIn(0.25, SCALE_MAX),
  format: oneOf(['json', 'csv'] as const),
  clearance: dayWindowIn(DAY_MIN, DAY_MAX),
  tumour: numberIn(DAY_MIN, DAY_MAX),
  knockout: oneOf(KNOCKOUTS),
};

/** Flags whose value may be left out (the switch is then on with its default). */
const OPTIONAL_VALUE = new Set(['--clearance', '--tumour']);
/** Flags that may be given more than once (each adds a value). */
const REPEATABLE = new Set(['--knockout']);
const FLAGS = new Set(['--seed', '--runs', '--clearance', '--tumour', '--knockout', '--days', '--step-hours', '--model-step-hours', '--scale', '--format', '--help']);

export function parseCliArguments(argv: readonly string[]): CliOptions {
  const partial: Partial<SimulationSettings> = {};
  const knockouts: Knockout[] = [];
  const options = { runs: 1, endDay: DAY_MAX, sampleHours: 6, modelStepHours: MODEL_STEP_HOURS, format: 'json' as 'json' | 'csv', help: false };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    if (!FLAGS.has(flag)) throw new CliArgumentError(`unknown argument '${argv[i]}' (options: ${[...FLAGS].join(', ')})`);
    if (seen.has(flag) && !REPEATABLE.has(flag)) throw new CliArgumentError(`${flag} is given twice`);
    seen.add(flag);
    if (flag === '--help') { options.help = true; continue; }
    const next = argv[i + 1];
    const hasNext = next !== undefined && !next.startsWith('--');
    let raw = inline;
    if (raw === undefined && hasNext) { raw = next; i++; }
    if (raw === undefined) {
      if (OPTIONAL_VALUE.has(flag)) {
        if (flag === '--clearance') partial.clearance = true;
        else partial.tumour = true;
        continue;
      }
      throw new CliArgumentError(`${flag} needs a value`);
    }
    const read = <T>(schema: ValueSchema<T>): T => {
      const value = schema.parse(raw as string);
      if (value === undefined) throw new CliArgumentError(`${flag} '${raw}' is not valid: expected ${schema.allowed}`);
      return value;
    };
    switch (flag) {
      case '--seed': partial.seed = read(schemas.seed); break;
      case '--runs': options.runs = read(schemas.runs); break;
      case '--days': options.endDay = read(schemas.days); break;
      case '--step-hours': options.sampleHours = read(schemas.stepHours); break;
      case '--model-step-hours': options.modelStepHours = read(schemas.modelStepHours); break;
      case '--scale': partial.scale = read(schemas.scale); break;
      case '--format': options.format = read(schemas.format); break;
      case '--clearance': partial.clearance = true; partial.clearanceWindowDays = read(schemas.clearance); break;
      case '--tumour': partial.tumour = true; partial.tumourSeedDay = read(schemas.tumour); break;
      case '--knockout': knockouts.push(read(schemas.knockout)); break;
    }
  }
  if (knockouts.length > 0) partial.knockouts = knockouts;
  if (partial.seed !== undefined && partial.seed + options.runs - 1 > SEED_MAX) {
    throw new CliArgumentError(`--runs ${options.runs} from --seed ${partial.seed} goes past the largest seed (${SEED_MAX})`);
  }
  return { settings: withDefaults(partial), ...options };
}

export const USAGE = `Usage: npm run sim -- [options]

Runs the lobule simulation headless and prints one sample of every metric per interval.

  --seed N              random seed, an integer from 0 to ${SEED_MAX} (default ${DEFAULT_SEED}, a typical lobule)
  --runs N              average N runs over consecutive seeds from --seed (default 1)
  --clearance [S-E]     give the senolytic, on days S to E (default 2-6)
  --tumour [DAY]        seed a tumour on DAY (default 0)
  --knockout X          knock out one link from day 0: ${KNOCKOUTS.join(', ')}; repeatable
  --days D              last day to simulate, in days since weaning, 0 to 60 (default ${DAY_MAX})
  --step-hours H        hours between samples, 0.25 to 48 (default 6); sampling only, never changes a number
  --model-step-hours H  the model's internal time step, 0.1 to 3 (default ${MODEL_STEP_HOURS}); for convergence checks
  --scale K             about K times as many alveoli (and agents), 0.25 to ${SCALE_MAX} (default 1)
  --format json|csv     output format (default json)
  --help                print this and exit

Numbers tagged [INF] in docs/model.md are illustrative, not measured.`;
