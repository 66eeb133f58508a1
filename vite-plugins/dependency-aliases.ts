// Lighter stand-ins for two of @react-three/fiber's dependencies, for the app's builds.
// - zustand's `traditional` store (which R3F uses) imports the shim of useSyncExternalStore,
//   written for React before 18. React 19 has the hook itself: the shim's non-shim twin uses it and
//   leaves the shim's ~0.2 KB (gzip) out.
// - R3F's <Canvas> measures its container with react-use-measure, which also follows scrolling;
//   src/scene/canvas-size.ts does what the app needs with one ResizeObserver (~1 KB gzip less).
import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

export const DEPENDENCY_ALIASES: Alias[] = [
  { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector.js' },
  { find: /^react-use-measure$/, replacement: fileURLToPath(new URL('../src/scene/canvas-size.ts', import.meta.url)) },
];
