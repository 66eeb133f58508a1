// `?profiler=1`: frame time, the frame's JavaScript time, draw calls, triangles, geometries and
// textures, also as data attributes for tests and tools.

import { translate } from '../../i18n/translate';
import { useLobule } from '../../state/store-context';

export function ProfilerOverlay() {
  const f = useLobule((s) => s.frameFigures);
  const quality = useLobule((s) => s.quality);
  return (
    <aside
      className="profiler"
      data-profiler=""
      data-calls={f.calls}
      data-triangles={f.triangles}
      data-frame-ms={f.frameMs}
      data-js-ms={f.jsMs}
      data-geometries={f.geometries}
      data-textures={f.textures}
      data-programs={f.programs}
      data-frames={f.frames}
      data-quality={quality}
      aria-label={translate('profiler.title')}
    >
      <strong>{translate('profiler.title')}</strong>
      <dl>
        <dt>frame</dt><dd>{f.frameMs} ms</dd>
        <dt>JS</dt><dd>{f.jsMs} ms</dd>
        <dt>calls</dt><dd>{f.calls}</dd>
        <dt>triangles</dt><dd>{f.triangles.toLocaleString('en')}</dd>
        <dt>geometries</dt><dd>{f.geometries}</dd>
        <dt>textures</dt><dd>{f.textures}</dd>
        <dt>programs</dt><dd>{f.programs}</dd>
        <dt>quality</dt><dd>{quality}</dd>
      </dl>
    </aside>
  );
}
