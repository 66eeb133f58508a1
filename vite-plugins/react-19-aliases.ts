// zustand's `traditional` store (which @react-three/fiber uses) imports the shim of
// useSyncExternalStore, written for React before 18. React 19 has the hook itself: the shim's
// non-shim twin uses it and leaves the shim's ~0.4 KB (gzip) out of the bundle.
import type { Alias } from 'vite';

export const REACT_19_ALIASES: Alias[] = [
  { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector.js' },
];
