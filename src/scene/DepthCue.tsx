// Depth you can see: a light haze of the background colour over what lies behind the orbit target
// (aerial perspective, as illustrators draw depth), re-fitted to the camera's distance each frame.

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Vector3, type Fog } from 'three';
import { ViewWatch } from './view-moves';

/** Haze starts this far behind the target (negative: in front) and is full this far behind it (µm). */
const HAZE_FROM_UM = -120;
const HAZE_FULL_UM = 1500;
const ORIGIN = new Vector3();

export function DepthCue({ colour }: { colour: string }) {
  const fog = useRef<Fog>(null);
  const get = useThree((s) => s.get);
  // Tests read the haze's colour from the canvas (it must follow the theme's background).
  useEffect(() => {
    if (fog.current && colour) get().gl.domElement.setAttribute('data-haze', `#${fog.current.color.getHexString()}`);
  }, [get, colour]);
  const watch = useMemo(() => new ViewWatch(), []);
  const placed = useRef<Fog | null>(null);
  useFrame(({ camera, controls }) => {
    // After a move, and for a new haze (a new colour makes one, at three's default distances).
    if (!fog.current || (!watch.moved(controls) && placed.current === fog.current)) return;
    placed.current = fog.current;
    const target = (controls as { target?: Vector3 } | null)?.target ?? ORIGIN;
    const distance = camera.position.distanceTo(target);
    fog.current.near = Math.max(1, distance + HAZE_FROM_UM);
    fog.current.far = distance + HAZE_FULL_UM;
  });
  return <fog ref={fog} attach="fog" args={[colour, 1, 2]} />;
}
