// Lights the lobule from where the viewer stands (plus a soft sky light), so whatever faces the
// camera shows its palette colour at about full value: no murky sides on a projector, and
// saturated colours (vermillion, orange) stay distinct instead of washing out.

import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import type { DirectionalLight } from 'three';
import { ViewWatch } from './view-moves';

export function Headlight() {
  const light = useRef<DirectionalLight>(null);
  const watch = useMemo(() => new ViewWatch(), []);
  useFrame(({ camera, controls }) => {
    if (!light.current || !watch.moved(controls)) return;
    // From slightly above and to the right of the eye, toward the origin.
    light.current.position.copy(camera.position).addScaledVector(camera.up, camera.position.length() * 0.25);
  });
  return (
    <>
      <hemisphereLight args={['#ffffff', '#d9d3c8', 1.5]} />
      <directionalLight ref={light} intensity={1.6} />
    </>
  );
}
