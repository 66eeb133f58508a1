// Labels in the scene never overlap each other, the anchors they do not point at, or the panels.

import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelToPlace, type Placement, type Rect } from '../../../src/scene/labels/place-labels';

const view: Rect = { left: 0, top: 0, right: 1280, bottom: 720 };
const boxOf = (l: LabelToPlace, p: Placement): Rect => ({ left: p.left, top: p.top, right: p.left + l.width, bottom: p.top + l.height });
const overlap = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placing labels', () => {
  it('keeps ten labels with crowded anchors apart, inside the view and off the panels', () => {
    const labels: LabelToPlace[] = Array.from({ length: 10 }, (_, i) => ({ x: 600 + (i % 4) * 12, y: 360 + Math.floor(i / 4) * 10, width: 150, height: 30 }));
    const panel: Rect = { left: 960, top: 0, right: 1280, bottom: 600 };
    const out = placeLabels(labels, view, [panel], []);
    const shown = labels.map((l, i) => ({ l, p: out[i] })).filter(({ p }) => p.shown);
    expect(shown.length).toBeGreaterThanOrEqual(6);
    for (let a = 0; a < shown.length; a++) {
      const ra = boxOf(shown[a].l, shown[a].p);
      expect(ra.left).toBeGreaterThanOrEqual(0);
      expect(ra.bottom).toBeLessThanOrEqual(720);
      expect(overlap(ra, panel)).toBe(false);
      for (let b = a + 1; b < shown.length; b++) expect(overlap(ra, boxOf(shown[b].l, shown[b].p))).toBe(false);
    }
  });

  it('hides a label whose structure is not on screen, and one that cannot fit', () => {
    const out = placeLabels([{ x: Number.NaN, y: 10, width: 50, height: 20 }, { x: 10, y: 10, width: 5000, height: 20 }], view, [], []);
    expect(out[0].shown).toBe(false);
    expect(out[1].shown).toBe(false);
  });

  it('keeps every box, its own too, off an anchor that asks for room (a tumour\'s mass)', () => {
    const tumour: LabelToPlace = { x: 600, y: 360, width: 90, height: 24, clearPx: 60 };
    const neighbour: LabelToPlace = { x: 620, y: 370, width: 120, height: 24 };
    const out = placeLabels([tumour, neighbour], view, [], []);
    for (const [i, l] of [[0, tumour], [1, neighbour]] as const) {
      expect(out[i].shown).toBe(true);
      const box = boxOf(l, out[i]);
      const nearestX = Math.max(box.left, Math.min(600, box.right)), nearestY = Math.max(box.top, Math.min(360, box.bottom));
      expect(Math.max(Math.abs(nearestX - 600), Math.abs(nearestY - 360))).toBeGreaterThanOrEqual(60);
    }
    // Without the request a box may sit close to the same anchor.
    const [near] = placeLabels([{ ...tumour, clearPx: undefined }], view, [], []);
    const box = boxOf(tumour, near);
    expect(Math.min(Math.abs(box.left - 600), Math.abs(box.right - 600))).toBeLessThan(60);
  });

  it('starts the leader line at the label box', () => {
    const [p] = placeLabels([{ x: 400, y: 400, width: 100, height: 24 }], view, [], []);
    expect(p.shown).toBe(true);
    const onEdge = p.lineX >= p.left - 0.01 && p.lineX <= p.left + 100.01 && p.lineY >= p.top - 0.01 && p.lineY <= p.top + 24.01;
    expect(onEdge).toBe(true);
  });
});
