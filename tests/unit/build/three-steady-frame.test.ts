// The build-time edits to three.js and react-three-fiber: each matches the installed package exactly
// once (an upgrade that moves one fails here and in the build, not silently in the frame's garbage),
// and a text that is missing or doubled stops the build with the edit's name.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdits, threeSteadyFrame } from '../../../vite-plugins/three-steady-frame';

const threeModule = readFileSync('node_modules/three/build/three.module.js', 'utf8');
const MODULE_ID = '/x/node_modules/three/build/three.module.js';
const FIBER_DIST = 'node_modules/@react-three/fiber/dist';
const FIBER_FILE = readdirSync(FIBER_DIST).find((name) => /^events-\w+\.esm\.js$/.test(name))!;
const fiberModule = readFileSync(`${FIBER_DIST}/${FIBER_FILE}`, 'utf8');

function transform(code: string, id: string): { code: string } | null {
  const plugin = threeSteadyFrame();
  const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
  return hook.call({}, code, id);
}

describe('three-steady-frame', () => {
  it('edits the installed three.module.js, each edit once', () => {
    const out = transform(threeModule, MODULE_ID);
    expect(out).not.toBeNull();
    const code = out!.code;
    expect(code).toContain('if ( v.isVector3 === true || v.isColor !== true && v.x !== undefined ) {');
    expect(code).toContain('} else if ( v.isColor === true || v.r !== undefined ) {');
    expect(code).toContain('for ( let i = 0; i < grids.length; i ++ ) if ( grids[ i ].texture !== null ) count ++;');
    expect(code).toContain('if ( uniforms.fogNear.value !== fog.near ) uniforms.fogNear.value = fog.near;');
    expect(code).toContain("activeInfo.type === 0x8b51 ? [ NaN, NaN, NaN ]");
    expect(code).toContain('if ( _frustumReversed !== camera.reversedDepth || _frustumMatrix.equals( _projScreenMatrix ) === false ) {');
    expect(code).toContain('const _frustumMatrix = new Matrix4();');
    // Buffers skip the sort of a single range; textures' update ranges (the same text) are left alone.
    expect(code.split('if ( updateRanges.length > 1 ) updateRanges.sort(').length - 1).toBe(1);
    expect(code.split('updateRanges.sort( ( a, b ) => a.start - b.start );').length - 1).toBe(2);
  });

  it("edits react-three-fiber's frame loop: no iterators over its roots and effects", () => {
    const out = transform(fiberModule, `/x/${FIBER_DIST}/${FIBER_FILE}`);
    expect(out).not.toBeNull();
    const code = out!.code;
    expect(code).toContain('_roots.forEach(renderRoot);');
    expect(code).toContain('effects.forEach(runEffect);');
    expect(code).not.toContain('} of effects.values()');
    // The loop still flushes the after-effects and stops when nothing asks for frames, once per frame.
    const loop = code.slice(code.indexOf('function loop(timestamp) {'), code.indexOf('function invalidate('));
    expect(loop).not.toContain('of _roots.values()');
    expect(loop.split("flushGlobalEffects('after', timestamp);").length - 1).toBe(1);
    expect(loop).toContain('return cancelAnimationFrame(frame);');
  });

  it('leaves every other module alone', () => {
    expect(transform('const a = 1;', '/x/node_modules/three/build/three.core.js')).toBeNull();
    expect(transform('const a = 1;', '/x/src/scene/LobuleCanvas.tsx')).toBeNull();
  });

  it('names the edit whose text is missing or found twice', () => {
    const edit = { why: 'a test edit', find: 'needle', replace: 'pin' };
    expect(applyEdits('hay needle hay', [edit], 'f.js')).toBe('hay pin hay');
    expect(() => applyEdits('hay hay', [edit], 'f.js')).toThrow(/"a test edit" does not match f\.js exactly once/);
    expect(() => applyEdits('needle needle', [edit], 'f.js')).toThrow(/a test edit/);
    const anchored = { ...edit, after: 'START' };
    expect(applyEdits('needle START needle', [anchored], 'f.js')).toBe('needle START pin');
    expect(() => applyEdits('needle START START needle', [anchored], 'f.js')).toThrow(/a test edit/);
    expect(() => applyEdits('needle', [anchored], 'f.js')).toThrow(/a test edit/);
  });
});
