// The picture key says which of its rows the run has on the day shown, from the day's sample:
// senescent cells and macrophages join it with involution, tumour cells with a seeded tumour.

import { describe, expect, it } from 'vitest';
import type { MetricsSample } from '../../../src/sim/metrics';
import { LEGEND_ENTRIES } from '../../../src/ui/legend/legend-entries';
import { COLOUR_MODES } from '../../../src/state/view-slice';
import { PICTURE_KEY_ROWS, presenceMask, rowLabel } from '../../../src/ui/legend/picture-key';

const sample = (over: Partial<MetricsSample>): MetricsSample => ({
  day: 0, phase: 'lactation', alveolarCells: 4000, senescentCells: 0, apoptoticCells: 0, macrophages: 0, adipocyteFill: 0.1,
  basementMembrane: 1, sasp: 0, tumourCells: 0, invasiveTumourCells: 0, metastaticCells: 0, ...over,
});
const labelsPresent = (s: MetricsSample, rows = PICTURE_KEY_ROWS): string[] => {
  const mask = presenceMask(rows, s);
  return rows.filter((_, k) => (mask & (1 << k)) !== 0).map((r) => r.label);
};

describe('the picture key', () => {
  it('lists only what lactating tissue has: no senescent cells, macrophages, dying or tumour cells', () => {
    const present = labelsPresent(sample({}));
    expect(present).toContain('key.alveolar');
    expect(present).toContain('key.adipocyte');
    expect(present).not.toContain('key.senescent');
    expect(present).not.toContain('key.macrophage');
    expect(present).not.toContain('key.dying');
    expect(present).not.toContain('key.tumour');
  });

  it('adds each row with its own cells, and no other', () => {
    const base = labelsPresent(sample({}));
    const cases: [Partial<MetricsSample>, string][] = [
      [{ senescentCells: 12 }, 'key.senescent'],
      [{ macrophages: 3 }, 'key.macrophage'],
      [{ apoptoticCells: 40 }, 'key.dying'],
      [{ tumourCells: 5 }, 'key.tumour'],
    ];
    for (const [over, label] of cases) expect(labelsPresent(sample(over))).toEqual([...base, label].sort((a, b) => order(a) - order(b)));
  });

  it('says alveolar cells are gone when the only ones left are senescent', () => {
    expect(labelsPresent(sample({ alveolarCells: 30, senescentCells: 30 }))).not.toContain('key.alveolar');
  });

  it('draws each row with a legend entry\'s shape, and its colours in every colour mode', () => {
    for (const row of PICTURE_KEY_ROWS) {
      expect(LEGEND_ENTRIES).toContain(row.entry);
      for (const mode of COLOUR_MODES) {
        const [left, right] = row.colours?.(mode) ?? [row.entry.colour(mode), undefined];
        expect(left).toMatch(/^#[0-9a-f]{6}$/i);
        if (right !== undefined) expect(right).toMatch(/^#[0-9a-f]{6}$/i);
      }
    }
    // The two-tone rows: bright and pale alveolar cells, buff and yellow fat cells.
    const colours = (label: string) => PICTURE_KEY_ROWS.find((r) => r.label === label)!.colours!('cells');
    expect(colours('key.alveolar')).toEqual([legendColour('legend.secreting'), legendColour('legend.resting')]);
    expect(colours('key.adipocyte')[1]).toBe(legendColour('legend.adipocyte'));
    expect(colours('key.adipocyte')[0]).not.toBe(colours('key.adipocyte')[1]);
    // Collagen: pale at rest, the remodelling orange the picture shows on days 3–7.
    expect(colours('key.collagen')).toEqual(['#D5CFC5', '#E69F00']);
  });

  it('fits its mask in a small integer', () => {
    expect(PICTURE_KEY_ROWS.length).toBeLessThan(31);
  });

  it('names in each colour mode what that picture shows: no SASP halo where the stain hides it, no orange collagen under a stain', () => {
    const row = (label: string) => PICTURE_KEY_ROWS.find((r) => r.label === label)!;
    expect(rowLabel(row('key.senescent'), 'cells')).toBe('key.senescent');
    expect(rowLabel(row('key.senescent'), 'sabgal')).toBe('key.senescentStained');
    expect(rowLabel(row('key.collagen'), 'cells')).toBe('key.collagen');
    expect(rowLabel(row('key.collagen'), 'he')).toBe('key.collagenStained');
    expect(rowLabel(row('key.macrophage'), 'he')).toBe('key.macrophage');
  });
});

function legendColour(label: string): string {
  return LEGEND_ENTRIES.find((e) => e.label === label)!.colour('cells');
}

function order(label: string): number {
  return PICTURE_KEY_ROWS.findIndex((r) => r.label === label);
}
