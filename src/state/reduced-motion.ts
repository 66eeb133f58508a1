// Whether to spare people motion (camera glides, pulsing): the app's own preference when it has
// one (`reducedMotion` in the store), else the system's `prefers-reduced-motion`.

export function prefersReducedMotion(state: object): boolean {
  const preference = (state as { reducedMotion?: unknown }).reducedMotion;
  if (typeof preference === 'boolean') return preference;
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
