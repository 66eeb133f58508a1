// `npm run fuzz -- --seed N --seconds S [--port P]`: the fuzz browser test for as long as you like,
// replayable from its seed (build first: npm run build).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const value = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const seed = value('seed', String(Math.floor(Math.random() * 1e9)));
const seconds = value('seconds', '300');
console.log(`fuzz: seed ${seed}, ${seconds} s (replay with --seed ${seed})`);
const result = spawnSync('npx', ['playwright', 'test', 'tests/e2e/fuzz.spec.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_SECONDS: seconds, E2E_PORT: value('port', process.env.E2E_PORT ?? '4173') },
});
process.exit(result.status ?? 1);
