// A still picture of the lobule where the 3D view will be, shown from the first paint until the 3D
// view has drawn (three.js loads and the first run part arrives meanwhile).

import { useEffect, useState } from 'react';
import { useLobuleStoreApi } from '../../state/store-context';

export function ScenePoster() {
  const store = useLobuleStoreApi();
  const [drawn, setDrawn] = useState(() => store.getState().pictureShown);
  useEffect(() => {
    if (drawn) return;
    return store.subscribe((s) => {
      if (s.pictureShown) setDrawn(true);
    });
  }, [store, drawn]);
  if (drawn) return null;
  return (
    <div className="scene scene-poster" data-testid="poster" aria-hidden="true">
      <img src="./poster.webp" alt="" decoding="async" />
    </div>
  );
}
