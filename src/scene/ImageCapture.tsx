// Lets "Save image" take a PNG of the view without keeping every frame's pixels
// (preserveDrawingBuffer costs memory and speed): draw once more, then read the canvas in the same task.

import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PerspectiveCamera } from 'three';
import { useLobuleStoreApi } from '../state/store-context';

export function ImageCapture() {
  const store = useLobuleStoreApi();
  const gl = useThree((s) => s.gl);
  const advance = useThree((s) => s.advance);
  const get = useThree((s) => s.get);
  useEffect(() => {
    const capture = (): Promise<Blob | null> => {
      // The saved picture has no controls over it: it is drawn centred, without the lens that makes
      // room for them (LobuleLens.tsx), which is put back at once.
      const camera = get().camera as PerspectiveCamera;
      const lens = camera.view?.enabled ? { ...camera.view } : null;
      if (lens) camera.clearViewOffset();
      // One whole frame, as the frame loop would draw it (the compare view's two halves too).
      advance(performance.now());
      // toBlob copies the drawing buffer now, before the browser presents (and clears) it.
      const blob = new Promise<Blob | null>((resolve) => {
        try {
          gl.domElement.toBlob(resolve, 'image/png');
        } catch {
          resolve(null);
        }
      });
      if (lens) {
        camera.setViewOffset(lens.fullWidth, lens.fullHeight, lens.offsetX, lens.offsetY, lens.width, lens.height);
        advance(performance.now());
      }
      return blob;
    };
    store.getState().setImageCapture(capture);
    return () => {
      if (store.getState().captureImage === capture) store.getState().setImageCapture(null);
    };
  }, [store, gl, advance, get]);
  return null;
}
