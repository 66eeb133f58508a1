// Lets "Save image" take a PNG of the view without keeping every frame's pixels
// (preserveDrawingBuffer costs memory and speed): draw once more, then read the canvas in the same task.

import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useLobuleStoreApi } from '../state/store-context';

export function ImageCapture() {
  const store = useLobuleStoreApi();
  const gl = useThree((s) => s.gl);
  const advance = useThree((s) => s.advance);
  useEffect(() => {
    const capture = (): Promise<Blob | null> => {
      // One whole frame, as the frame loop would draw it (the compare view's two halves too).
      advance(performance.now());
      // toBlob copies the drawing buffer now, before the browser presents (and clears) it.
      return new Promise((resolve) => {
        try {
          gl.domElement.toBlob(resolve, 'image/png');
        } catch {
          resolve(null);
        }
      });
    };
    store.getState().setImageCapture(capture);
    return () => {
      if (store.getState().captureImage === capture) store.getState().setImageCapture(null);
    };
  }, [store, gl, advance]);
  return null;
}
