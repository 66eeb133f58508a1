// Kiosk only: nothing a visitor does leaves the app or breaks its layout: no page zoom (pinch,
// Ctrl+wheel, Ctrl+plus), no context menu, no text selection or dragging, no link that navigates.
// Pinch and pan still reach the 3D view, which sets its own limits.

const GUARDED_KEYS = new Set(['+', '=', '-', '_', '0', 'p', 's', 'o', 'u', 'f', 'l', 'n', 't', 'w', 'r']);

export function lockDownForKiosk(window_: Window = window): () => void {
  const { document } = window_;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
  const viewport = meta?.content;
  if (meta) meta.content = 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no, viewport-fit=cover';
  document.documentElement.classList.add('kiosk-locked');

  const prevent = (event: Event): void => event.preventDefault();
  const onWheel = (event: WheelEvent): void => { if (event.ctrlKey) event.preventDefault(); };
  const onTouchMove = (event: TouchEvent): void => {
    // Two fingers outside the 3D view would zoom the page.
    if (event.touches.length > 1 && !(event.target instanceof Element && event.target.closest('canvas'))) event.preventDefault();
  };
  const onKey = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && GUARDED_KEYS.has(event.key.toLowerCase())) event.preventDefault();
  };
  const onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (link) event.preventDefault();
  };
  const onSelectStart = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) event.preventDefault();
  };
  const listeners: [string, EventListener, AddEventListenerOptions][] = [
    ['contextmenu', prevent, { capture: true }],
    ['dragstart', prevent, { capture: true }],
    ['selectstart', onSelectStart, { capture: true }],
    ['gesturestart', prevent, { capture: true, passive: false }],
    ['wheel', onWheel as EventListener, { capture: true, passive: false }],
    ['touchmove', onTouchMove as EventListener, { capture: true, passive: false }],
    ['keydown', onKey as EventListener, { capture: true }],
    ['click', onClick as EventListener, { capture: true }],
    ['auxclick', onClick as EventListener, { capture: true }],
  ];
  for (const [type, listener, options] of listeners) window_.addEventListener(type, listener, options);
  return () => {
    for (const [type, listener, options] of listeners) window_.removeEventListener(type, listener, options);
    document.documentElement.classList.remove('kiosk-locked');
    if (meta && viewport !== undefined) meta.content = viewport;
  };
}

/** The app's own address without the kiosk's parameters: where the operator exit goes. */
export function addressOutsideKiosk(href: string): string {
  const url = new URL(href);
  for (const name of ['mode', 'idle', 'pin']) url.searchParams.delete(name);
  return url.href;
}
