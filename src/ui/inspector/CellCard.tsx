// The card of the selected cell: its kind, its state and for how long, what it is doing and why
// (the rule behind its last fate change), its history as a small timeline, and "Follow". It
// re-renders on the quarter-day tick (a few times a second while playing), never per frame.

import { translate } from '../../i18n/translate';
import { cellColour } from '../../palette/colour-modes';
import type { CellFate, CellKind } from '../../sim/cell-kinds';
import { changeInForce, fateChangesOf, type FateChange } from '../../sim/cell-story';
import type { SimulationRun } from '../../sim/simulate';
import { DAY_MAX, DAY_MIN } from '../../sim/settings';
import type { LobuleState } from '../../state/store';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { formatDay } from '../time/DayReadout';
import { causeText, doingText, durationText, kindName, stateName } from './cell-words';

/** The selected cell's fate changes, made once per run and slot (a selector must return the same array). */
const changesByRun = new WeakMap<SimulationRun, Map<number, readonly FateChange[]>>();
const NO_CHANGES: readonly FateChange[] = [];

function fateChangesFor(run: SimulationRun, slot: number): readonly FateChange[] {
  let bySlot = changesByRun.get(run);
  if (!bySlot) changesByRun.set(run, (bySlot = new Map()));
  let changes = bySlot.get(slot);
  if (!changes) bySlot.set(slot, (changes = fateChangesOf(run, slot)));
  return changes;
}

/** The selected slot while the run has it, else null. */
const selectedSlotInRun = (s: LobuleState): number | null =>
  s.run && s.selectedSlot !== null && s.selectedSlot < s.run.structure.slotCount ? s.selectedSlot : null;

export function CellCard() {
  const store = useLobuleStoreApi();
  // Pieces of the run, never the run: React keeps a component's previous hook state, so selecting
  // the run would hold a replaced run (about 20 MB) until this card next renders.
  const slot = useLobule(selectedSlotInRun);
  const kind = useLobule((s) => (selectedSlotInRun(s) === null ? null : s.run!.structure.kind[s.selectedSlot!] as CellKind));
  const changes = useLobule((s) => (selectedSlotInRun(s) === null ? NO_CHANGES : fateChangesFor(s.run!, s.selectedSlot!)));
  // The tick only while a cell is selected: with none, the clock re-renders nothing here.
  const day = useLobule((s) => (s.selectedSlot === null ? 0 : s.dayTick));
  const follow = useLobule((s) => s.followSelected);
  if (slot === null || kind === null) return null;

  const index = changeInForce(changes, day);
  const current = index >= 0 ? changes[index] : null;
  const close = (): void => store.getState().selectCell(null);
  return (
    <section className="cell-card" aria-label={translate('inspector.label')} data-testid="cell-card"
      data-slot={slot} data-kind={kind} data-fate={current?.fate ?? ''}>
      <div className="cell-card-head">
        <h2>{kindName(kind)}</h2>
        <button type="button" className="icon" aria-label={translate('inspector.close')} title={translate('inspector.close')} onClick={close}>×</button>
      </div>
      {current ? (
        <>
          <p className="cell-state" data-testid="cell-state">
            <strong>{index === 0 && changes[0].day <= DAY_MIN
              ? translate('inspector.stateSinceStart', { state: stateName(current.fate) })
              : translate('inspector.state', { state: stateName(current.fate), duration: durationText(day - current.day) })}</strong>
          </p>
          <dl className="cell-why">
            <dt>{translate('inspector.doing')}</dt>
            <dd data-testid="cell-doing">{doingText(kind, current.fate)}</dd>
            <dt>{translate('inspector.why')}</dt>
            <dd data-testid="cell-why">{causeText(kind, current)}</dd>
          </dl>
          <FateTimeline kind={kind} changes={changes} day={day} />
        </>
      ) : (
        <p className="cell-state">{translate('inspector.notYet')}</p>
      )}
      <div className="button-row">
        <button type="button" aria-pressed={follow} data-testid="follow" onClick={() => store.getState().setFollowSelected(!follow)}>
          {translate('inspector.follow')}
        </button>
      </div>
    </section>
  );
}

const SPAN = DAY_MAX - DAY_MIN;
const x = (day: number): number => ((Math.min(DAY_MAX, Math.max(DAY_MIN, day)) - DAY_MIN) / SPAN) * 100;

/** The cell's fates as coloured stretches of the timeline, with today marked, and the changes listed. */
function FateTimeline({ kind, changes, day }: { kind: number; changes: readonly FateChange[]; day: number }) {
  return (
    <div className="cell-history">
      <h3>{translate('inspector.history')}</h3>
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" className="cell-history-bar">
        {changes.map((c, i) => {
          const end = i + 1 < changes.length ? changes[i + 1].day : DAY_MAX;
          return <rect key={i} x={x(c.day)} y={1} width={Math.max(0.4, x(end) - x(c.day))} height={8}
            fill={cellColour('cells', kind as CellKind, c.fate as CellFate).base} stroke="#333" strokeWidth={0.15} />;
        })}
        <line x1={x(day)} x2={x(day)} y1={0} y2={10} stroke="#000" strokeWidth={0.8} />
      </svg>
      <ol>
        {/* What has happened so far; the bar above shows the whole life. */}
        {changes.filter((c) => c.day <= day + 1e-9).slice(-4).map((c) => (
          <li key={c.day}>{translate('inspector.historyEntry', { day: formatDay(c.day), state: stateName(c.fate) })}</li>
        ))}
      </ol>
    </div>
  );
}
