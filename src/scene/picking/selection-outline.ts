// The selected cell's outline: two rings (dark outside, white inside) that face the viewer and
// draw over everything, so the selection shows on any background and in any colour mode.

import { DoubleSide, Group, Mesh, MeshBasicMaterial, RingGeometry, type Quaternion } from 'three';
import type { CellPlace } from '../../sim/cell-story';

export class SelectionOutline extends Group {
  constructor() {
    super();
    const ring = (inner: number, outer: number, colour: string): Mesh => {
      const mesh = new Mesh(new RingGeometry(inner, outer, 48), new MeshBasicMaterial({ color: colour, side: DoubleSide, depthTest: false, depthWrite: false, transparent: true }));
      mesh.renderOrder = 30;
      return mesh;
    };
    this.add(ring(1.12, 1.4, '#111111'), ring(1, 1.12, '#ffffff'));
    this.visible = false;
    this.name = 'selection-outline';
  }

  hide(): void {
    this.visible = false;
  }

  /** Around a cell, facing the camera (its orientation), a little larger than the cell. */
  showAround(place: CellPlace, facing: Quaternion): void {
    this.visible = true;
    this.position.set(place.x, place.y, place.z);
    this.quaternion.copy(facing);
    this.scale.setScalar(place.radiusUm * 1.5 + 3);
  }

  dispose(): void {
    for (const child of this.children) {
      (child as Mesh).geometry.dispose();
      ((child as Mesh).material as MeshBasicMaterial).dispose();
    }
  }
}
