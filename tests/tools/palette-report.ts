// Prints the palette's pairwise CIEDE2000 distances as markdown for docs/palette.md:
// `npx tsx tests/tools/palette-report.ts`.

import { VISIONS } from '../../src/palette/colour-vision';
import { floorFor, pairDistances } from '../../src/palette/palette-floors';
import { CELL_TYPE_SWATCHES, HE_SWATCHES, SA_BETA_GAL_SWATCHES, type Swatch } from '../../src/palette/palette-swatches';

function table(title: string, swatches: readonly Swatch[], closest: number): string {
  const pairs = pairDistances(swatches);
  const lines = [`### ${title}`, '', `Swatches: ${swatches.map((s) => `${s.name} \`${s.hex}\``).join(', ')}.`, ''];
  lines.push(`| smallest in | ${VISIONS.join(' | ')} |`, `| --- | ${VISIONS.map(() => '---').join(' | ')} |`);
  for (const sameFamily of [false, true]) {
    const group = pairs.filter((p) => p.sameFamily === sameFamily);
    if (group.length === 0) continue;
    const cells = VISIONS.map((v) => {
      const min = group.reduce((m, p) => (p.distance[v] < m.distance[v] ? p : m));
      return `${min.distance[v].toFixed(1)} (${min.a} / ${min.b}; floor ${floorFor(min, v)})`;
    });
    lines.push(`| ${sameFamily ? 'fates of one type' : 'different types'} | ${cells.join(' | ')} |`);
  }
  const worst = [...pairs].sort((p, q) => Math.min(...VISIONS.map((v) => p.distance[v])) - Math.min(...VISIONS.map((v) => q.distance[v])));
  lines.push('', `The ${closest} closest pairs (smallest over all visions first):`, '');
  lines.push(`| pair | ${VISIONS.join(' | ')} |`, `| --- | ${VISIONS.map(() => '---').join(' | ')} |`);
  for (const p of worst.slice(0, closest)) lines.push(`| ${p.a} / ${p.b} | ${VISIONS.map((v) => p.distance[v].toFixed(1)).join(' | ')} |`);
  return lines.join('\n');
}

console.log([
  table('Cell types mode', CELL_TYPE_SWATCHES, 12),
  table('H&E mode', HE_SWATCHES, 5),
  table('SA-β-gal mode', SA_BETA_GAL_SWATCHES, 5),
].join('\n\n'));
