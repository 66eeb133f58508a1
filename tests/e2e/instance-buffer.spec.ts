// The cells' instances reach the GPU as poses and colours in one buffer, and their vertex shader
// builds each matrix (instance-buffer.ts): the picture must be the one three's own instance
// matrices (written on the CPU) and colours give. A page of its own (instance-buffer/) draws the
// same cells both ways, for the cell material, the SASP halo's and the cut-away's culling, and a
// third time with each pose's scales swapped, so the comparison is shown able to tell a wrong
// matrix. Served by a Vite dev server of its own: the page imports the app's modules, not the build.

import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 20;
let server: ViteDevServer;

test.beforeAll(async () => {
  server = await createServer({ server: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
  await server.listen();
});
test.afterAll(async () => {
  await server?.close();
});

interface Pictures { matrices: number[]; buffer: number[]; swapped: number[] }

/** Pixels (of size × size) whose colour differs by more than a rounding step in any channel. */
function differing(a: number[], b: number[]): number {
  let n = 0;
  for (let p = 0; p < a.length; p += 4) {
    if (Math.abs(a[p] - b[p]) > 2 || Math.abs(a[p + 1] - b[p + 1]) > 2 || Math.abs(a[p + 2] - b[p + 2]) > 2) n++;
  }
  return n;
}
/** Pixels something was drawn on (the clear colour is white). */
const drawn = (a: number[]): number => { let n = 0; for (let p = 0; p < a.length; p += 4) if (a[p] + a[p + 1] + a[p + 2] < 750) n++; return n; };

test('cells drawn from the instance buffer stand, turn, shade and colour exactly as from three\'s instance matrices and colours', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`http://127.0.0.1:${PORT}/tests/e2e/instance-buffer/instance-buffer.html`);
  await page.waitForFunction(() => 'instanceBuffer' in window, undefined, { timeout: 90_000 });
  const result = await page.evaluate(() => (window as unknown as { instanceBuffer: Record<'cell' | 'halo' | 'cut', Pictures> }).instanceBuffer);
  for (const name of ['cell', 'halo', 'cut'] as const) {
    const { matrices, buffer, swapped } = result[name];
    const cells = drawn(matrices);
    // Something is drawn: eight cells, a few thousand pixels of a 256 × 256 picture.
    expect(cells, name).toBeGreaterThan(1500);
    // The same picture, but for a pixel or two of rounding at an edge.
    expect(differing(matrices, buffer), name).toBeLessThanOrEqual(Math.ceil(cells * 0.002));
    // A pose read wrongly (here: scales across and along swapped) shows.
    expect(differing(matrices, swapped), name).toBeGreaterThan(cells * 0.1);
  }
  // The cut-away removed the cells at x < 0 (half of them): fewer pixels drawn.
  expect(drawn(result.cut.matrices)).toBeLessThan(drawn(result.cell.matrices) * 0.8);
});
