// Click or tap a cell to select it: a press and release without a drag (a drag turns the view)
// casts one ray. Clicking empty space clears the selection.

import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Raycaster, Vector2, type Intersection } from 'three';
import { useLobuleStoreApi } from '../../state/store-context';
import type { ShapeMeshes } from '../instances/write-tissue';
import { mainViewRect } from './main-view';
import { SLICE_PLANES } from '../cutaway/cut-plane';
import { pickSlot } from './pick-cell';

/** A press that moves further than this (CSS px) or lasts longer is a drag, not a click. */
const CLICK_SLOP_PX = 6;
const CLICK_MAX_MS = 700;

export function CellPicker({ meshes }: { meshes: ShapeMeshes }) {
  const store = useLobuleStoreApi();
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const element = gl.domElement;
    const raycaster = new Raycaster();
    const pointer = new Vector2();
    const hits: Intersection[] = [];
    const part = { left: 0, top: 0, width: 0, height: 0 };
    let down: { x: number; y: number; at: number; id: number } | null = null;
    const onDown = (event: PointerEvent): void => {
      down = event.isPrimary && event.button === 0 ? { x: event.clientX, y: event.clientY, at: performance.now(), id: event.pointerId } : null;
    };
    const onUp = (event: PointerEvent): void => {
      const start = down;
      down = null;
      if (!start || start.id !== event.pointerId) return;
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > CLICK_SLOP_PX || performance.now() - start.at > CLICK_MAX_MS) return;
      const rect = element.getBoundingClientRect();
      // In the compare view only the main lobule's part can be picked (its slots are this run's).
      mainViewRect(store.getState(), rect.width, rect.height, part);
      const x = event.clientX - rect.left - part.left;
      const y = event.clientY - rect.top - part.top;
      if (x < 0 || x > part.width || y < 0 || y > part.height) return;
      pointer.set((x / part.width) * 2 - 1, -(y / part.height) * 2 + 1);
      raycaster.setFromCamera(pointer, camera);
      store.getState().selectCell(pickSlot(raycaster, meshes, SLICE_PLANES, hits));
      hits.length = 0;
      invalidate();
    };
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointerup', onUp);
    return () => {
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointerup', onUp);
    };
  }, [gl, camera, meshes, store, invalidate]);
  return null;
}
