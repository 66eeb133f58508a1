// `?profiler=1`: frame time, the frame's JavaScript time, draw calls, triangles, geometries and
// textures, also as data attributes for tests and tools. The figures arrive up to four times a
// second on the store's frame-figures channel and are written straight into the DOM (React renders
// the overlay once, and again only for the quality level or the language).

import { Fragment, useLayoutEffect, useRef } from 'react';
import { translate } from '../../i18n/translate';
import type { FrameFigures } from '../../state/profiler-slice';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

/** The figures shown, in order: their data attribute and how each reads. */
const SHOWN: { key: keyof FrameFigures; attribute: string; label: string; text: (f: FrameFigures) => string }[] = [
  { key: 'frameMs', attribute: 'frameMs', label: 'frame', text: (f) => `${f.frameMs} ms` },
  { key: 'jsMs', attribute: 'jsMs', label: 'JS', text: (f) => `${f.jsMs} ms` },
  { key: 'calls', attribute: 'calls', label: 'calls', text: (f) => String(f.calls) },
  { key: 'triangles', attribute: 'triangles', label: 'triangles', text: (f) => f.triangles.toLocaleString('en') },
  { key: 'geometries', attribute: 'geometries', label: 'geometries', text: (f) => String(f.geometries) },
  { key: 'textures', attribute: 'textures', label: 'textures', text: (f) => String(f.textures) },
  { key: 'programs', attribute: 'programs', label: 'programs', text: (f) => String(f.programs) },
];

export function ProfilerOverlay() {
  const store = useLobuleStoreApi();
  const quality = useLobule((s) => s.quality);
  const aside = useRef<HTMLElement>(null);
  const values = useRef<(HTMLElement | null)[]>([]);
  // The figures last written, compared as numbers: reading them back from the DOM made a string each.
  const written = useRef(new Float64Array(SHOWN.length).fill(Number.NaN));

  useLayoutEffect(() => {
    const channel = store.getState().frameFigures;
    const show = (f: FrameFigures): void => {
      const element = aside.current;
      if (!element) return;
      // Only what changed: each DOM write costs style work in the frame that follows (and garbage).
      for (let k = 0; k < SHOWN.length; k++) {
        const figure = SHOWN[k];
        if (written.current[k] === f[figure.key]) continue;
        written.current[k] = f[figure.key];
        element.dataset[figure.attribute] = String(f[figure.key]);
        const value = values.current[k];
        if (value) value.textContent = figure.text(f);
      }
      element.dataset.frames = String(f.frames);
    };
    show(channel.figures);
    return channel.subscribe(show);
  }, [store]);

  return (
    <aside className="profiler" data-profiler="" data-quality={quality} aria-label={translate('profiler.title')} ref={aside}>
      <strong>{translate('profiler.title')}</strong>
      <dl>
        {SHOWN.map((figure, k) => (
          <Fragment key={figure.key}>
            <dt>{figure.label}</dt><dd ref={(value) => { values.current[k] = value; }} />
          </Fragment>
        ))}
        <dt>quality</dt><dd>{quality}</dd>
      </dl>
    </aside>
  );
}
