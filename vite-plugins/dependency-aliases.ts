// Lighter stand-ins for two of @react-three/fiber's dependencies, for the app's builds.
// - zustand's `traditional` store (which R3F uses) imports the shim of useSyncExternalStore,
//   written for React before 18. React 19 has the hook itself: the shim's non-shim twin uses it and
//   leaves the shim's ~0.2 KB (gzip) out.
// - R3F's <Canvas> measures its container with react-use-measure, which also follows scrolling;
//   src/scene/canvas-size.ts does what the app needs with one ResizeObserver (~1 KB gzip less).
// - three-stdlib's OrbitControls (scene/OrbitView.tsx) extends three-stdlib's own copy of three's
//   EventDispatcher; three's, already loaded, is the same class (~0.3 KB gzip less).
import { fileURLToPath } from 'node:url';
import type { Alias, Plugin } from 'vite';

export const DEPENDENCY_ALIASES: Alias[] = [
  { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector.js' },
  { find: /^react-use-measure$/, replacement: fileURLToPath(new URL('../src/scene/canvas-size.ts', import.meta.url)) },
];

const THREE_EVENT_DISPATCHER = '\0lobule:three-event-dispatcher';

/** Resolves three-stdlib's controls' `./EventDispatcher.js` to three's own EventDispatcher. */
export function threeStdlibEventDispatcher(): Plugin {
  return {
    name: 'lobule:three-stdlib-event-dispatcher',
    // Before Vite's own resolver, which would find the relative file first.
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './EventDispatcher.js' && importer && /[\\/]three-stdlib[\\/]controls[\\/]/.test(importer)) return THREE_EVENT_DISPATCHER;
      return null;
    },
    load(id) {
      return id === THREE_EVENT_DISPATCHER ? "export { EventDispatcher } from 'three';" : null;
    },
  };
}
