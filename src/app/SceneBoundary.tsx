// Keeps the picture alive: a lost WebGL context gets a notice while lost and a fresh 3D view if the
// browser does not give it back within seconds; an error in the 3D view remounts it (a kiosk must
// never show a blank area). Without WebGL at all, a message replaces only the picture; the clock,
// switches and numbers go on working.

import { Component, createRef, type ReactNode } from 'react';
import { translate } from '../i18n/translate';

/** How long a lost context may take to come back before the view is remounted. */
const RESTORE_WAIT_MS = 3000;
/** After an error, the view is remounted after this long, at most this many times in a row. */
const REMOUNT_AFTER_MS = 1500;
const AUTOMATIC_REMOUNTS = 3;

interface BoundaryState {
  /** Bumped to remount the 3D view (a new canvas and context). */
  generation: number;
  failed: boolean;
  lost: boolean;
}

function canDrawWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export class SceneBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  state: BoundaryState = { generation: 0, failed: false, lost: false };
  private readonly wrapper = createRef<HTMLDivElement>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private remounts = 0;
  private webgl: boolean | null = null;

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true, lost: false };
  }

  componentDidMount(): void {
    // The soak test remounts the view many times to check nothing is left behind.
    if (new URLSearchParams(location.search).get('profiler') === '1') (window as unknown as { lobuleRestartScene?: () => void }).lobuleRestartScene = this.restart;
    // Context events do not bubble: listen in the capture phase on the way down to the canvas.
    this.wrapper.current?.addEventListener('webglcontextlost', this.onLost, true);
    this.wrapper.current?.addEventListener('webglcontextrestored', this.onRestored, true);
  }

  componentWillUnmount(): void {
    this.wrapper.current?.removeEventListener('webglcontextlost', this.onLost, true);
    this.wrapper.current?.removeEventListener('webglcontextrestored', this.onRestored, true);
    this.clearTimer();
  }

  componentDidCatch(): void {
    if (!this.hasWebGL()) return;
    if (this.remounts < AUTOMATIC_REMOUNTS) this.later(this.restart, REMOUNT_AFTER_MS);
  }

  private hasWebGL(): boolean {
    this.webgl ??= canDrawWebGL();
    return this.webgl;
  }

  private readonly onLost = (): void => {
    this.setState({ lost: true });
    this.later(this.restart, RESTORE_WAIT_MS);
  };

  private readonly onRestored = (): void => {
    this.clearTimer();
    this.setState({ lost: false });
  };

  /** A fresh 3D view: new canvas, new context, everything uploaded again. */
  readonly restart = (): void => {
    this.clearTimer();
    this.remounts++;
    this.setState((s) => ({ generation: s.generation + 1, failed: false, lost: false }));
  };

  private later(action: () => void, ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(action, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  render() {
    const { failed, lost, generation } = this.state;
    let notice: ReactNode = null;
    if (failed && !this.hasWebGL()) {
      notice = <div className="scene scene-failed" role="alert">{translate('app.webglMissing')}</div>;
    } else if (failed || lost) {
      notice = (
        <div className={failed ? 'scene scene-failed' : 'scene-lost'} role="alert" data-testid="scene-lost">
          <p>{translate(failed ? 'scene.failed' : 'scene.lost')}</p>
          <button type="button" onClick={this.restart}>{translate('scene.restart')}</button>
        </div>
      );
    }
    return (
      <div ref={this.wrapper} className="scene-boundary" data-scene-generation={generation}>
        {!failed && <SceneGeneration key={generation}>{this.props.children}</SceneGeneration>}
        {notice}
      </div>
    );
  }
}

/** Only there to carry the key that remounts the view. */
function SceneGeneration({ children }: { children: ReactNode }) {
  return children;
}
