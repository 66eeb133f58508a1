// The link that restores what is on screen, and the <iframe> snippet that embeds it in a course page.

import { queryForState } from '../../embed/url-sync';
import type { LobuleState } from '../../state/store';

/** Parameters about this device or this placement, not about the state: never shared. */
const PLACEMENT = ['mode', 'embedOrigin', 'idle', 'pin', 'profiler', 'aa'];

/** A link to the app showing exactly this state (seed, day, switches, view, theme, language…). */
export function shareUrl(state: LobuleState, location: Pick<Location, 'href' | 'search'>): string {
  const params = new URLSearchParams(queryForState(state, location.search));
  for (const name of PLACEMENT) params.delete(name);
  const url = new URL(location.href);
  url.search = params.toString();
  url.hash = '';
  return url.href;
}

export interface EmbedSnippetOptions {
  /** The smallest sandbox that lets the app run where it is served from. */
  sandbox: string;
}

/** A copy-paste <iframe> of this state, and a few lines that listen to what it says. */
export function embedSnippet(state: LobuleState, location: Pick<Location, 'href' | 'search'>, options: EmbedSnippetOptions): string {
  const url = new URL(shareUrl(state, location));
  url.searchParams.set('mode', 'embed');
  return `<iframe id="lobule" src="${escapeAttribute(url.href)}"
  title="Lobule: a mammary gland lobule in 3D" width="800" height="600"
  style="width:100%;max-width:800px;border:0" loading="lazy"
  allow="fullscreen" sandbox="${options.sandbox}"></iframe>
<script>
  // Optional: follow what the model shows (add &embedOrigin=YOUR-SITE-ORIGIN to the src to
  // accept commands from your page only).
  const lobule = document.getElementById('lobule');
  window.addEventListener('message', (event) => {
    if (event.source !== lobule.contentWindow || event.data?.source !== 'lobule') return;
    if (event.data.type === 'resize') lobule.style.height = event.data.height + 'px';
    if (event.data.type === 'state') console.log('day', event.data.state.day, event.data.state.metrics);
  });
  // Drive it: lobule.contentWindow.postMessage({ source: 'lobule-host', version: 1, type: 'set', state: { day: 5, clearance: 1 } }, '*');
</script>`;
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The smallest sandbox the app needs where it is served from: its scripts are ES modules, which a
 * sandboxed (origin-less) frame may load only if the server allows any origin; otherwise the frame
 * needs its own origin back. A single-file build has nothing to load.
 */
export async function smallestSandbox(document: Document): Promise<string> {
  const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
  if (!script) return 'allow-scripts';
  try {
    const response = await fetch(script.src, { method: 'HEAD', cache: 'no-store' });
    return response.headers.get('access-control-allow-origin') === '*' ? 'allow-scripts' : 'allow-scripts allow-same-origin';
  } catch {
    return 'allow-scripts allow-same-origin';
  }
}
