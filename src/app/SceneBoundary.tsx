// Keeps the page alive if the 3D view fails (no WebGL, a lost context, a bug): the message replaces
// only the picture; the clock, switches and numbers go on working.

import { Component, type ReactNode } from 'react';
import { translate } from '../i18n/translate';

export class SceneBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    if (this.state.failed) return <div className="scene scene-failed" role="alert">{translate('app.webglMissing')}</div>;
    return this.props.children;
  }
}
