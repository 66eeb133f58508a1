// How to look: colour mode (with what each stain means), camera presets and the cut-away.

import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { CAMERA_PRESETS, COLOUR_MODES, type ColourMode } from '../../state/view-slice';

export function ViewControls() {
  const store = useLobuleStoreApi();
  const mode = useLobule((s) => s.colourMode);
  const cutaway = useLobule((s) => s.cutaway);
  const tumour = useLobule((s) => s.settings.tumour);
  return (
    <section className="panel-section view" aria-label={translate('view.group')}>
      <label className="field">
        <span>{translate('view.colourMode')}</span>
        <select value={mode} data-testid="colour-mode" onChange={(e) => store.getState().setColourMode(e.target.value as ColourMode)}>
          {COLOUR_MODES.map((m) => <option key={m} value={m}>{translate(`view.mode.${m}`)}</option>)}
        </select>
      </label>
      {mode === 'sabgal' && <p className="note">{translate('view.sabgalNote')}</p>}
      {mode === 'he' && <p className="note">{translate('view.heNote')}</p>}
      {mode === 'cells' && <p className="note">{translate('view.cellsNote')}</p>}
      <div className="field">
        <span>{translate('view.camera')}</span>
        <div className="button-row">
          {CAMERA_PRESETS.filter((p) => p !== 'tumour' || tumour).map((p) => (
            <button key={p} type="button" data-testid={`camera-${p}`} onClick={() => store.getState().showCameraPreset(p)}>{translate(`view.camera.${p}`)}</button>
          ))}
        </div>
      </div>
      <label className="switch compact">
        <input type="checkbox" checked={cutaway} data-testid="cutaway" onChange={(e) => store.getState().setCutaway(e.target.checked)} />
        <span>{translate('view.cutaway')}</span>
      </label>
    </section>
  );
}
