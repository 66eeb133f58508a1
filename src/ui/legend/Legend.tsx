// The legend: every colour and shape on screen, in the current colour mode, with the illustrative
// nature of sizes and counts stated.

import { translate } from '../../i18n/translate';
import { structureColour } from '../../palette/colour-modes';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { LEGEND_ENTRIES } from './legend-entries';
import { InfMark, withInfMarks } from '../about/InfMark';
import { Swatch } from './Swatch';

export function Legend() {
  const store = useLobuleStoreApi();
  const mode = useLobule((s) => s.colourMode);
  const open = useLobule((s) => s.legendOpen);
  return (
    <details className="panel-section legend" open={open} onToggle={(e) => store.getState().setLegendOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{translate('legend.title')}</summary>
      <ul>
        {LEGEND_ENTRIES.map((entry) => (
          <li key={entry.label}>
            <Swatch shape={entry.shape} colour={entry.colour(mode)} halo={structureColour(mode, 'saspHalo') !== null} />
            <span>{translate(entry.label)}{entry.illustrative && <> <InfMark section="numbers" about={translate(entry.illustrative)} /></>}</span>
          </li>
        ))}
      </ul>
      <p className="note">{withInfMarks(translate('legend.illustrative'), 'numbers', translate('legend.sizesAbout'))}</p>
    </details>
  );
}
