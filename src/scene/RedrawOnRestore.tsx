// After the browser gives a lost WebGL context back, three re-uploads everything on the next frame;
// with rendering on demand nothing asks for that frame, so ask here: the same day is drawn at once.

import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';

export function RedrawOnRestore() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const canvas = gl.domElement;
    // After three's own handler (registered when the renderer was made) has rebuilt its state.
    const onRestored = (): void => void requestAnimationFrame(() => invalidate());
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => canvas.removeEventListener('webglcontextrestored', onRestored);
  }, [gl, invalidate]);
  return null;
}
