// The population chart (uPlot, loaded on first use): counts and fractions against day, both runs
// in compare (senolytic dashed). Built again only when the runs change; the current-day cursor is
// a line moved by a transient store subscription (no React render, no redraw per frame), and
// dragging on the plot scrubs the clock. Axis text is drawn in the theme's colours at the panel's
// text size (so it grows with the browser's text size); a new theme or text size builds it again.

import { useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { translate, type LanguageCode } from '../../i18n/translate';
import { DAY_MAX, DAY_MIN } from '../../sim/settings';
import type { Theme } from '../../state/preferences-slice';
import { subscribeDay } from '../../state/day-listeners';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { chartColours } from './chart-colours';
import { CHART_METRICS, chartData, dayTickLabels, type ChartRun } from './chart-series';

const HEIGHT_PX = 190;
/** Axis text against the panel's text: 12 px at the usual 16 px. */
const AXIS_TEXT_SHARE = 0.75;
const SENOLYTIC_DASH = [7, 4];
/** Count ticks a decade apart: the arcsinh scale is about logarithmic above ten. */
const CELL_TICKS = [0, 10, 100, 1000, 10000];

export function PopulationChart({ runs }: { runs: readonly ChartRun[] }) {
  const store = useLobuleStoreApi();
  const host = useRef<HTMLDivElement>(null);
  const theme = useLobule((s) => s.theme);
  // The axis says "day 0" in the reader's language: the chart is drawn again when it changes.
  const lang = useLobule((s) => s.lang);
  /** The panel's text size the chart was last built for (0 until measured). */
  const [textSize, setTextSize] = useState(0);

  useEffect(() => {
    const element = host.current;
    // Without a 2D canvas (very old browsers, test DOMs) the table below still has every number.
    if (!element || runs.length === 0 || typeof matchMedia !== 'function' || !document.createElement('canvas').getContext('2d')) return;
    let chart: uPlot | null = null;
    let cancelled = false;
    const cleanups: (() => void)[] = [];
    void import('uplot').then(({ default: UPlot }) => {
      if (cancelled) return;
      const cursor = document.createElement('div');
      cursor.className = 'chart-day-cursor';
      cursor.setAttribute('aria-hidden', 'true');
      // Scales are ready only once uPlot has drawn: place the cursor then, and on later changes.
      // Written only when it moves a whole pixel: at 1 day/s that is a few times a second, not every frame.
      // Each position's text is kept (one per pixel of the chart's width): a looping timeline makes no new strings.
      let shownX = Number.NaN;
      const transforms = new Map<number, string>();
      // The day axis is linear over a fixed range: its two ends' positions (CSS px), read from uPlot
      // at each draw, place the cursor with arithmetic. Asking uPlot every frame while playing made a
      // heap number a frame (its answer, returned across a call).
      let firstDayX = Number.NaN;
      let lastDayX = Number.NaN;
      const measure = (): void => {
        if (!chart) return;
        firstDayX = chart.valToPos(DAY_MIN, 'x');
        lastDayX = chart.valToPos(DAY_MAX, 'x');
      };
      const place = (day: number): void => {
        if (!chart) return;
        const x = Math.round(firstDayX + ((day - DAY_MIN) / (DAY_MAX - DAY_MIN)) * (lastDayX - firstDayX));
        if (!Number.isFinite(x) || x === shownX) return;
        shownX = x;
        let transform = transforms.get(x);
        if (transform === undefined) transforms.set(x, (transform = `translateX(${x}px)`));
        cursor.style.transform = transform;
      };
      const textPx = textSize > 0 ? textSize : textSizeOf(element);
      const look = chartLook(theme, textPx);
      chart = new UPlot(chartOptions(runs, Math.max(200, element.clientWidth), look, lang, () => {
        measure();
        place(store.getState().day);
      }), chartData(runs) as uPlot.AlignedData, element);
      const u = chart;
      u.over.appendChild(cursor);
      measure();
      place(store.getState().day);
      cleanups.push(subscribeDay(store, place));

      // Drag on the plot to scrub: the clock pauses and follows the pointer.
      const scrub = (event: PointerEvent): void => {
        const rect = u.over.getBoundingClientRect();
        const day = u.posToVal(event.clientX - rect.left, 'x');
        store.getState().setDay(Math.min(DAY_MAX, Math.max(DAY_MIN, day)));
      };
      const down = (event: PointerEvent): void => {
        if (event.button !== 0) return;
        store.getState().pause();
        u.over.setPointerCapture(event.pointerId);
        scrub(event);
      };
      const move = (event: PointerEvent): void => { if (u.over.hasPointerCapture(event.pointerId)) scrub(event); };
      u.over.addEventListener('pointerdown', down);
      u.over.addEventListener('pointermove', move);

      const resize = new ResizeObserver(() => {
        // The text size changed (browser setting, zoomed text): draw the axes again at the new size.
        const nowPx = textSizeOf(element);
        if (nowPx !== textPx) {
          setTextSize(nowPx);
          return;
        }
        const width = Math.max(200, element.clientWidth);
        if (width !== u.width) {
          u.setSize({ width, height: look.height });
          measure();
          place(store.getState().day);
        }
      });
      resize.observe(element);
      cleanups.push(() => resize.disconnect());
    });
    return () => {
      cancelled = true;
      cleanups.forEach((c) => c());
      chart?.destroy();
    };
  }, [runs, store, theme, textSize, lang]);

  return <div className="population-chart" ref={host} data-testid="population-chart" />;
}

function textSizeOf(element: HTMLElement): number {
  return parseFloat(getComputedStyle(element).fontSize) || 16;
}

interface ChartLook {
  font: string;
  /** Axis sizes (px) grown with the text. */
  scale: number;
  height: number;
  colours: ReturnType<typeof chartColours>;
}

function chartLook(theme: Theme, textPx: number): ChartLook {
  const axisPx = Math.round(textPx * AXIS_TEXT_SHARE);
  const scale = Math.max(1, axisPx / 12);
  return { font: `${axisPx}px system-ui, sans-serif`, scale, height: Math.round(HEIGHT_PX * Math.sqrt(scale)), colours: chartColours(theme) };
}

function chartOptions(runs: readonly ChartRun[], width: number, look: ChartLook, lang: LanguageCode, onDraw: () => void): uPlot.Options {
  const { font, scale, colours } = look;
  const series: uPlot.Series[] = [{ label: translate('controls.timeline') }];
  for (const run of runs) {
    for (const m of CHART_METRICS) {
      series.push({
        label: runs.length > 1 ? `${translate(m.label)} (${translate(`compare.${run.name as 'untreated' | 'senolytic'}`)})` : translate(m.label),
        scale: m.scale,
        stroke: colours.series[m.key],
        width: m.widthPx,
        dash: run.name === 'senolytic' ? SENOLYTIC_DASH : undefined,
        points: { show: false },
      });
    }
  }
  const axis = {
    font,
    stroke: colours.text,
    grid: { stroke: colours.grid, width: 1 },
    ticks: { stroke: colours.ticks, width: 1 },
  };
  return {
    width,
    height: look.height,
    legend: { show: false },
    hooks: { draw: [onDraw] },
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    scales: {
      x: { time: false, range: [DAY_MIN, DAY_MAX] },
      cells: { distr: 4, asinh: 10, range: (_u, _min, max) => [0, Math.max(10, max)] },
      fraction: { range: [0, 1] },
    },
    axes: [
      { ...axis, size: 30 * scale, values: (_u, ticks) => dayTickLabels(ticks, lang) },
      { ...axis, scale: 'cells', size: 40 * scale, splits: (u) => CELL_TICKS.filter((t) => t <= (u.scales.cells.max ?? 0)), filter: (_u, splits) => splits,
        values: (_u, ticks) => ticks.map((t) => (t == null ? '' : t >= 1000 ? `${t / 1000}k` : String(t))) },
      { ...axis, scale: 'fraction', side: 1, size: 46 * scale, grid: { show: false }, values: (_u, ticks) => ticks.map((t) => `${Math.round(t * 100)}%`), splits: () => [0, 0.5, 1] },
    ],
    series,
  };
}
