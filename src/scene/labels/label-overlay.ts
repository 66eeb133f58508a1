// The labels' DOM over the canvas and the per-frame work: project each anchor, place the boxes
// (place-labels.ts) and move boxes and leader lines. Anchors are re-chosen only when marked stale
// (day tick, run, view settled). Reuses everything it draws with; allocates nothing per frame.

import { Vector3, type Camera, type PerspectiveCamera, type Plane } from 'three';
import { translate, type MessageKey } from '../../i18n/translate';
import type { SimulationRun } from '../../sim/simulate';
import { SCENE_LABEL_IDS, type SceneLabelId } from '../../state/scene-labels';
import { createAnchorScratch, findLabelAnchors, followChosenAgents } from './label-anchors';
import { placeLabels, type LabelToPlace, type Placement, type Rect } from './place-labels';
import type { ViewRect } from '../compare/compare-viewports';

const SVG = 'http://www.w3.org/2000/svg';

/** How far out from the part's centre an anchor may be drawn (1 is its edge): a dot at the very edge reads as cut off. */
const EDGE = 0.94;

export class LabelOverlay {
  readonly root: HTMLDivElement;
  private readonly boxes: HTMLDivElement[] = [];
  private readonly lines: SVGLineElement[] = [];
  private readonly halos: SVGLineElement[] = [];
  private readonly dots: SVGCircleElement[] = [];
  private readonly anchors = new Float32Array(SCENE_LABEL_IDS.length * 3);
  private readonly scratch = createAnchorScratch();
  private readonly eye = new Vector3();
  private readonly toPlace: LabelToPlace[] = SCENE_LABEL_IDS.map(() => ({ x: Number.NaN, y: Number.NaN, width: 0, height: 0 }));
  private readonly placements: Placement[] = [];
  private readonly view: Rect = { left: 0, top: 0, right: 0, bottom: 0 };
  private readonly obstacles: Rect[] = [];
  private readonly point = new Vector3();
  private readonly right = new Vector3();
  private readonly up = new Vector3();
  private readonly forward = new Vector3();
  private stale = true;
  private measured = false;
  /** The camera while representatives are chosen, for `onScreen`. */
  private camera: Camera | null = null;
  /** Half the view's height at the orbit target when the anchors were chosen (µm). */
  private halfHeightUm = Infinity;
  private readonly probe = new Vector3();
  /**
   * Whether a point is drawn where the viewer can see it: inside the lobule's part of the canvas
   * (not at its very edge) and not under one of the HUD's panels.
   */
  private readonly onScreen = (x: number, y: number, z: number): boolean => {
    if (!this.camera) return true;
    const p = this.probe.set(x, y, z).project(this.camera);
    if (p.z > 1 || Math.abs(p.x) > EDGE || Math.abs(p.y) > EDGE) return false;
    const sx = this.view.left + ((p.x + 1) / 2) * (this.view.right - this.view.left);
    const sy = this.view.top + ((1 - p.y) / 2) * (this.view.bottom - this.view.top);
    for (let k = 0; k < this.obstacles.length; k++) {
      const o = this.obstacles[k];
      if (sx >= o.left && sx <= o.right && sy >= o.top && sy <= o.bottom) return false;
    }
    return true;
  };

  constructor(document: Document) {
    this.root = document.createElement('div');
    this.root.className = 'scene-labels';
    this.root.dataset.testid = 'scene-labels';
    this.root.setAttribute('aria-hidden', 'true');
    this.root.hidden = true;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'scene-label-lines');
    this.root.append(svg);
    for (const id of SCENE_LABEL_IDS) {
      const halo = document.createElementNS(SVG, 'line');
      halo.setAttribute('class', 'halo');
      const line = document.createElementNS(SVG, 'line');
      const dot = document.createElementNS(SVG, 'circle');
      dot.setAttribute('r', '4');
      svg.append(halo, line, dot);
      const box = document.createElement('div');
      box.className = 'scene-label';
      box.dataset.label = id;
      box.textContent = translate(`label.${id}` as MessageKey);
      this.root.append(box);
      this.boxes.push(box);
      this.lines.push(line);
      this.halos.push(halo);
      this.dots.push(dot);
    }
  }

  /** Writes the labels' names in the current language (and measures them again). */
  relabel(): void {
    SCENE_LABEL_IDS.forEach((id, i) => (this.boxes[i].textContent = translate(`label.${id}` as MessageKey)));
    this.markResized();
  }

  /** Choose the representatives again on the next frame (the day, run or view changed). */
  markStale(): void {
    this.stale = true;
  }

  /** Measure the boxes again (resize, theme or language change) and choose again. */
  markResized(): void {
    this.stale = true;
    this.measured = false;
  }

  /** Draws the labels for the main lobule, which fills `viewWidth` CSS px from `viewLeft` of the canvas. */
  /** `part`: where on the canvas the lobule is drawn (CSS px), all of it or one part of the compare view. */
  update(camera: Camera, part: ViewRect, run: SimulationRun | null, day: number, wanted: (id: SceneLabelId) => boolean,
    anyWanted: boolean, target: Vector3, clipping: readonly Plane[]): void {
    this.root.hidden = !anyWanted || !run;
    if (this.root.hidden || !run) return;
    this.view.left = part.left;
    this.view.top = part.top;
    this.view.right = part.left + part.width;
    this.view.bottom = part.top + part.height;
    if (this.stale) {
      this.right.setFromMatrixColumn(camera.matrixWorld, 0).normalize();
      this.up.setFromMatrixColumn(camera.matrixWorld, 1).normalize();
      this.forward.setFromMatrixColumn(camera.matrixWorld, 2).normalize().negate();
      this.eye.setFromMatrixPosition(camera.matrixWorld);
      // The panels first: a representative under one is passed over.
      this.collectObstacles();
      this.camera = camera;
      this.halfHeightUm = viewHalfHeight(camera, target, this.point);
      findLabelAnchors(run, day, this.eye, target, this.right, this.up, this.forward, this.halfHeightUm, clipping, this.onScreen, this.anchors, this.scratch);
      this.camera = null;
      this.stale = false;
    }
    // Between choices (each quarter day), a label stays on its cell as the cell moves.
    followChosenAgents(run, day, this.scratch.chosen, this.anchors);
    if (!this.measured) {
      for (let i = 0; i < this.boxes.length; i++) {
        this.boxes[i].style.display = '';
        this.toPlace[i].width = this.boxes[i].offsetWidth;
        this.toPlace[i].height = this.boxes[i].offsetHeight;
      }
      this.measured = true;
    }
    for (let i = 0; i < SCENE_LABEL_IDS.length; i++) {
      const label = this.toPlace[i];
      label.x = label.y = Number.NaN;
      if (!wanted(SCENE_LABEL_IDS[i]) || Number.isNaN(this.anchors[i * 3])) continue;
      this.point.set(this.anchors[i * 3], this.anchors[i * 3 + 1], this.anchors[i * 3 + 2]).project(camera);
      if (this.point.z > 1 || Math.abs(this.point.x) > 1 || Math.abs(this.point.y) > 1) continue;
      label.x = part.left + ((this.point.x + 1) / 2) * part.width;
      label.y = part.top + ((1 - this.point.y) / 2) * part.height;
    }
    // No box on the tumour: the mass the tour's chapters are about stays in view (at most a
    // quarter of the part's height kept clear, so the labels still find room in a close-up).
    const tumour = this.toPlace[TUMOUR];
    tumour.clearPx = Math.min(part.height / 4, (this.scratch.tumourRadiusUm / this.halfHeightUm) * (part.height / 2));
    placeLabels(this.toPlace, this.view, this.obstacles, this.placements);
    for (let i = 0; i < SCENE_LABEL_IDS.length; i++) {
      const p = this.placements[i];
      const label = this.toPlace[i];
      const display = p.shown ? '' : 'none';
      this.boxes[i].style.display = display;
      this.lines[i].style.display = display;
      this.halos[i].style.display = display;
      this.dots[i].style.display = display;
      if (!p.shown) continue;
      this.boxes[i].style.transform = `translate(${Math.round(p.left)}px, ${Math.round(p.top)}px)`;
      drawLine(this.lines[i], label.x, label.y, p.lineX, p.lineY);
      drawLine(this.halos[i], label.x, label.y, p.lineX, p.lineY);
      this.dots[i].setAttribute('cx', String(label.x));
      this.dots[i].setAttribute('cy', String(label.y));
    }
  }

  private addObstacle(r: DOMRect, origin: DOMRect): void {
    if (r.width > 0 && r.height > 0) this.obstacles.push({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top });
  }

  /** The HUD's visible panels (title, controls, timeline, cards), in the layer's coordinates: labels keep off them. */
  private collectObstacles(): void {
    this.obstacles.length = 0;
    const origin = this.root.getBoundingClientRect();
    const hud = this.root.ownerDocument.querySelector('.hud');
    if (!hud) return;
    const add = (element: Element, depth: number): void => {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none' || element.classList.contains('notices')) return;
      // An overlay people click through (the compare view's) is not a panel; its cards are.
      if (style.pointerEvents === 'none') {
        if (depth === 0) for (const child of Array.from(element.children)) add(child, 1);
        return;
      }
      this.addObstacle(element.getBoundingClientRect(), origin);
      // A panel's part placed outside it (the picture key, fixed in the corner on 4:3 screens) is a panel too.
      for (const child of Array.from(element.children)) if (getComputedStyle(child).position === 'fixed') this.addObstacle(child.getBoundingClientRect(), origin);
    };
    for (const element of Array.from(hud.children)) add(element, 0);
  }
}

const TUMOUR = SCENE_LABEL_IDS.indexOf('tumour');

function drawLine(line: SVGLineElement, x1: number, y1: number, x2: number, y2: number): void {
  line.setAttribute('x1', String(x1));
  line.setAttribute('y1', String(y1));
  line.setAttribute('x2', String(x2));
  line.setAttribute('y2', String(y2));
}

/** Half the view's height at `target`'s depth, in scene units (µm); unbounded for a camera without a field of view. */
function viewHalfHeight(camera: Camera, target: Vector3, scratch: Vector3): number {
  const { fov, zoom } = camera as Partial<PerspectiveCamera>;
  if (fov === undefined) return Infinity;
  const distance = scratch.setFromMatrixPosition(camera.matrixWorld).distanceTo(target);
  return (distance * Math.tan((fov * Math.PI) / 360)) / (zoom ?? 1);
}
