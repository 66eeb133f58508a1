// `npm run sim`: its output shapes, and its one-line errors with exit code 2 for bad arguments.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { METRIC_FIELDS } from '../../../src/sim/metrics';
import { DEFAULT_SEED } from '../../../src/sim/settings';
import { CliArgumentError, parseCliArguments } from '../../../cli/parse-args';

const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'cli/sim.ts', ...args], { encoding: 'utf8' });

describe('the sim CLI', () => {
  it('prints settings, samples with every metric, a summary and timing as JSON', () => {
    const result = cli(['--days', '3', '--seed', '4']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.settings.seed).toBe(4);
    expect(Object.keys(report.samples[0])).toEqual([...METRIC_FIELDS]);
    expect(report.samples.at(-1).day).toBe(3);
    expect(report.summary.alveolarCellsAtWeaning).toBeGreaterThan(0);
    expect(report.timing.agents).toBeGreaterThan(4000);
    expect(report.timing.msPerStep).toBeGreaterThan(0);
  });

  it('prints means and standard deviations over consecutive seeds with --runs', () => {
    const report = JSON.parse(cli(['--days', '1', '--runs', '2', '--step-hours', '24']).stdout);
    // From the default seed on.
    expect(report.settings.seeds).toEqual([DEFAULT_SEED, DEFAULT_SEED + 1]);
    expect(report.samplesSd).toHaveLength(report.samples.length);
  });

  it('prints a CSV with a header of the metric names', () => {
    const lines = cli(['--days', '1', '--format', 'csv', '--step-hours', '12']).stdout.trim().split('\n');
    expect(lines[0]).toBe(METRIC_FIELDS.join(','));
    expect(lines).toHaveLength(1 + 9);
  });

  it.each([
    [['--seed', 'abc'], '--seed'],
    [['--days', '-4'], '--days'],
    [['--format', 'xml'], '--format'],
    [['--clearance', '9-2'], '--clearance'],
    [['--wobble'], '--wobble'],
    [['--knockout', 'p53'], '--knockout'],
    [['--knockout'], '--knockout'],
  ])('rejects %j with exit 2, one line naming %s, and nothing on stdout', (args, name) => {
    const result = cli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
  });

  it('reads switch values, with or without one', () => {
    expect(parseCliArguments(['--clearance']).settings.clearanceWindowDays).toEqual([2, 6]);
    expect(parseCliArguments(['--clearance', '3-5', '--tumour', '2']).settings).toMatchObject({ clearance: true, clearanceWindowDays: [3, 5], tumour: true, tumourSeedDay: 2 });
    expect(parseCliArguments(['--tumour=-1']).settings.tumourSeedDay).toBe(-1);
    expect(() => parseCliArguments(['--seed', '1', '--seed', '2'])).toThrow(CliArgumentError);
  });

  it('reads repeated knock-outs into the settings, in canonical order, each once', () => {
    expect(parseCliArguments([]).settings.knockouts).toEqual([]);
    expect(parseCliArguments(['--knockout', 'sasp', '--knockout=senescence', '--knockout', 'sasp']).settings.knockouts).toEqual(['senescence', 'sasp']);
  });
});
