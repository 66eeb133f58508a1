// `npm run soak -- --minutes M [--port P]`: the kiosk soak browser test for as long as you like
// (build first: npm run build). Prints heap, array-buffer and GPU-resource figures as it goes.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const value = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const seconds = String(Math.round(Number(value('minutes', '30')) * 60));
const result = spawnSync('npx', ['playwright', 'test', 'tests/e2e/soak.spec.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SOAK_SECONDS: seconds, E2E_PORT: value('port', process.env.E2E_PORT ?? '4173') },
});
process.exit(result.status ?? 1);
