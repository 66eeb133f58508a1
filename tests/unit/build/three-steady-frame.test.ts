// The build-time edits to three.js and react-three-fiber: each matches the installed package exactly
// once (an upgrade that moves one fails here and in the build, not silently in the frame's garbage),
// and a text that is missing or doubled stops the build with the edit's name.
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
    expect(code).toContain('this.setValue = v.isColor === true ? setValueV3fFromColor : v.isVector3 === true ? setValueV3fFromVector : setValueV3fFromAny;');
    expect(code).toContain('if ( fog.color.equals( _fogColorFrom ) === false || colorSpace !== _fogColorSpace');
    expect(code).toContain('if ( color.equals( _rgbFrom ) === false || colorSpace !== _rgbColorSpace');
    // The end of an unbounded draw range: (start + Infinity) × factor is Infinity for any finite start.
    expect(code).toContain('let drawEnd = drawRange.count === Infinity ? Infinity : ( drawRange.start + drawRange.count ) * rangeFactor;');
    expect(code).toContain('for ( let i = 0; i < grids.length; i ++ ) if ( grids[ i ].texture !== null ) count ++;');
    expect(code).not.toContain('lights.sort( shadowCastingAndTexturingLightsFirst );');
    expect(code).toContain('if ( uniforms.fogNear.value !== fog.near ) uniforms.fogNear.value = fog.near;');
    expect(code).toContain("activeInfo.type === 0x8b51 ? [ NaN, NaN, NaN ]");
    expect(code).toContain('if ( _frustumReversed !== camera.reversedDepth || _frustumMatrix.equals( _projScreenMatrix ) === false ) {');
    expect(code).toContain('const _frustumMatrix = new Matrix4();');
    // Buffers sort their ranges only when out of order; textures' update ranges (the same text) are left alone.
    expect(code.split('if ( updateRanges[ i ].start < updateRanges[ i - 1 ].start ) {').length - 1).toBe(1);
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
    // `invalidate` given a root captures nothing (a closure over `frames` made a context per call).
    const invalidate = code.slice(code.indexOf('function invalidate(state, frames = 1) {'), code.indexOf('function advance('));
    expect(invalidate).toContain('if (!state) return invalidateEveryRoot(frames);');
    expect(invalidate).not.toContain('=>');
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
    // An edit of a text found a known number of times replaces each, and fails on any other count.
    const every = { ...edit, times: 2 };
    expect(applyEdits('needle hay needle', [every], 'f.js')).toBe('pin hay pin');
    expect(() => applyEdits('needle hay', [every], 'f.js')).toThrow(/"a test edit" does not match f\.js exactly 2 times/);
    expect(() => applyEdits('needle needle needle', [every], 'f.js')).toThrow(/a test edit/);
  });

  it('keeps the render lists and the lights as three.js makes them: same items, same order, same lengths', async () => {
    // The original and the edited module side by side, each exporting its internal render list and
    // render state; three.core.js beside them as three.module.js expects.
    const folder = mkdtempSync(join(tmpdir(), 'three-steady-frame-'));
    symlinkSync(resolve('node_modules/three/build/three.core.js'), join(folder, 'three.core.js'));
    const exportInternals = '\nexport { WebGLRenderList as TestRenderList, WebGLRenderState as TestRenderState };\n';
    writeFileSync(join(folder, 'original.mjs'), threeModule + exportInternals);
    writeFileSync(join(folder, 'edited.mjs'), transform(threeModule, MODULE_ID)!.code + exportInternals);
    type List = { init(): void; push(...a: unknown[]): void; unshift(...a: unknown[]): void; finish(): void; sort(a?: unknown, b?: unknown): void; opaque: { id: number }[]; transmissive: { id: number }[]; transparent: { id: number }[] };
    type State = { init(camera: unknown): void; pushLight(light: unknown): void; finish?: () => void; state: { lightsArray: unknown[] } };
    const load = async (name: string) => (await import(/* @vite-ignore */ pathToFileURL(join(folder, name)).href)) as { TestRenderList: () => List; TestRenderState: (extensions: unknown) => State };
    const original = await load('original.mjs');
    const edited = await load('edited.mjs');

    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const camera = { reversedDepth: false };
    const objects = Array.from({ length: 60 }, (_, id) => ({ id, renderOrder: Math.floor(random() * 3) - 1 + (random() < 0.2 ? 0.5 : 0) }));
    const materials = Array.from({ length: 6 }, (_, id) => ({ id, transparent: id >= 3, transmission: id === 5 ? 1 : 0 }));
    const lists = [original.TestRenderList(), edited.TestRenderList()];
    const states = [original.TestRenderState({}), edited.TestRenderState({})];
    const ids = (items: { id: number }[]) => items.map((item) => item.id);
    // Frames of different sizes, shrinking to none and growing again.
    for (const count of [12, 12, 40, 5, 0, 33, 1, 12, 18, 60]) {
      const frame = Array.from({ length: count }, () => [objects[Math.floor(random() * objects.length)], materials[Math.floor(random() * materials.length)], Math.floor(random() * 2), random() * 2 - 1]);
      const lights = objects.slice(0, count % 4);
      for (const [k, list] of lists.entries()) {
        list.init();
        states[k].init(camera);
        for (const [object, material, groupOrder, z] of frame) {
          // The edited renderer stores each depth into the item the list returns; the original passes it.
          if (k === 0) list.push(object, null, material, groupOrder, z, null, camera);
          else (list.push(object, null, material, groupOrder, 0, null, camera) as unknown as { z: number }).z = z as number;
        }
        for (const light of lights) states[k].pushLight(light);
        list.finish();
        states[k].finish?.();
        list.sort();
        if (count === 18) list.unshift(objects[59], null, materials[0], 0, 0, null);
      }
      for (const key of ['opaque', 'transmissive', 'transparent'] as const) expect(ids(lists[1][key])).toEqual(ids(lists[0][key]));
      expect(states[1].state.lightsArray).toEqual(states[0].state.lightsArray);
    }
  });

  it('gives the renderer an XR manager that never presents, with every member the renderer and react-three-fiber use', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'three-steady-frame-xr-'));
    symlinkSync(resolve('node_modules/three/build/three.core.js'), join(folder, 'three.core.js'));
    writeFileSync(join(folder, 'edited.mjs'), `${transform(threeModule, MODULE_ID)!.code}\nexport { WebXRManager as TestXRManager };\n`);
    const { TestXRManager } = (await import(/* @vite-ignore */ pathToFileURL(join(folder, 'edited.mjs')).href)) as { TestXRManager: new () => Record<string, unknown> };
    const xr = new TestXRManager();
    // Every `xr.member` three.js reads (the renderer's own `xr`, `renderer.xr` in its helpers), and `gl.xr.member` in react-three-fiber.
    const used = new Set([...threeModule.matchAll(/\bxr\.(\w+)/g), ...fiberModule.matchAll(/\bgl\.xr\.(\w+)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(10);
    for (const member of used) expect(member in xr, `xr.${member}`).toBe(true);
    expect(xr.enabled).toBe(false);
    expect(xr.isPresenting).toBe(false);
    expect((xr.hasDepthSensing as () => boolean)()).toBe(false);
    expect((xr.getDepthSensingMesh as () => unknown)()).toBeNull();
    const heard: string[] = [];
    (xr.addEventListener as (type: string, listener: (e: { type: string }) => void) => void)('sessionstart', (e) => heard.push(e.type));
    (xr.dispatchEvent as (e: { type: string }) => void)({ type: 'sessionstart' });
    expect(heard).toEqual(['sessionstart']);
  });

  it('gives the renderer a shadow map that is never enabled, with every member the renderer and react-three-fiber use, as the original starts', async () => {
    const [original, edited] = await originalAndEdited('export { WebGLShadowMap as TestShadowMap };');
    const standIn = new (edited.TestShadowMap as new () => Record<string, unknown>)();
    const real = new (original.TestShadowMap as new (...a: unknown[]) => Record<string, unknown>)({}, {}, { maxTextureSize: 4096 });
    // Every `shadowMap.member` the renderer reads or writes, and `gl.shadowMap.member` in react-three-fiber.
    const used = new Set([...threeModule.matchAll(/\bshadowMap\.(\w+)/g), ...fiberModule.matchAll(/\bgl\.shadowMap\.(\w+)/g)].map((m) => m[1]));
    for (const member of ['enabled', 'autoUpdate', 'needsUpdate', 'type', 'render']) expect(used.has(member), member).toBe(true);
    for (const member of used) expect(member in standIn, `shadowMap.${member}`).toBe(true);
    for (const member of ['enabled', 'autoUpdate', 'needsUpdate', 'type']) expect(standIn[member], member).toBe(real[member]);
    expect((standIn.render as (...a: unknown[]) => unknown)([], {}, {})).toBeUndefined();
    // Lobule never turns shadows on: no light casts one, and the canvas gets no `shadows`.
    const sources = (readdirSync('src', { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => readFileSync(join('src', f), 'utf8'));
    expect(sources.length).toBeGreaterThan(100);
    for (const source of sources) expect(source).not.toMatch(/castShadow|shadowMap|\bshadows\b/);
  });

  /** The original and the edited three.module.js in a folder beside three.core.js, each with `extra` exports. */
  async function originalAndEdited(extra: string): Promise<[Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]> {
    const folder = mkdtempSync(join(tmpdir(), 'three-steady-frame-'));
    symlinkSync(resolve('node_modules/three/build/three.core.js'), join(folder, 'three.core.js'));
    writeFileSync(join(folder, 'original.mjs'), `${threeModule}\n${extra}\n`);
    writeFileSync(join(folder, 'edited.mjs'), `${transform(threeModule, MODULE_ID)!.code}\n${extra}\n`);
    const load = async (name: string) => (await import(/* @vite-ignore */ pathToFileURL(join(folder, name)).href)) as Record<string, unknown>;
    return [await load('original.mjs'), await load('edited.mjs'), await load('three.core.js')];
  }

  it('sorts the lights as three.js does: shadow casters and textured lights first, otherwise in order', async () => {
    const [originalModule, editedModule] = await originalAndEdited('export { WebGLLights as TestLights };');
    type Lights = { setup(lights: { id: number }[]): void };
    const [original, edited] = [originalModule, editedModule].map((m) => new (m.TestLights as new (extensions: unknown) => Lights)({}));
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    // Lights of no kind three counts (only their order is compared), some casting shadows, some textured.
    const light = (id: number) => ({ id, castShadow: random() < 0.4, map: random() < 0.3 ? {} : null, color: { r: 1, g: 1, b: 1 }, intensity: 1 });
    for (const count of [0, 1, 2, 5, 9, 16]) {
      const lights = Array.from({ length: count }, (_, id) => light(id));
      const [a, b] = [[...lights], [...lights]];
      original.setup(a);
      edited.setup(b);
      expect(b.map((l) => l.id)).toEqual(a.map((l) => l.id));
    }
  });

  it('uploads update ranges as three.js does: in order, out of order, touching, overlapping', async () => {
    const [original, edited, core] = await originalAndEdited('export { WebGLAttributes as TestAttributes };');
    const { InterleavedBuffer, InterleavedBufferAttribute } = core as unknown as { InterleavedBuffer: new (a: Float32Array, stride: number) => { needsUpdate: boolean; addUpdateRange(start: number, count: number): void }; InterleavedBufferAttribute: new (b: unknown, size: number, offset: number) => unknown };
    const calls = (module: Record<string, unknown>): string[] => {
      const log: string[] = [];
      const gl = { ARRAY_BUFFER: 34962, createBuffer: () => ({}), bindBuffer: () => {}, bufferData: () => log.push('bufferData'), bufferSubData: (_t: number, at: number, _a: unknown, start: number, count: number) => log.push(`${at} ${start} ${count}`) };
      const attributes = new (module.TestAttributes as new (gl: unknown) => { update(a: unknown, type: number): void })(gl);
      const buffer = new InterleavedBuffer(new Float32Array(4000), 12);
      const attribute = new InterleavedBufferAttribute(buffer, 3, 0);
      attributes.update(attribute, gl.ARRAY_BUFFER);
      for (const ranges of [[[0, 100], [500, 60], [3000, 12]], [[3000, 12], [0, 100], [500, 60]], [[0, 100], [101, 20], [2000, 5]], [[10, 100], [50, 20]], [[7, 9]]]) {
        for (const [start, count] of ranges) buffer.addUpdateRange(start, count);
        buffer.needsUpdate = true;
        attributes.update(attribute, gl.ARRAY_BUFFER);
      }
      return log;
    };
    const expected = calls(original);
    expect(expected).toHaveLength(1 + 3 + 3 + 2 + 1 + 1);
    expect(calls(edited)).toEqual(expected);
  });

  it('uploads vec3 uniforms as three.js does: the same calls for colours, vectors, arrays and a value that changes kind', async () => {
    const [original, edited, core] = await originalAndEdited('export { SingleUniform as TestSingleUniform };');
    const { Color, Vector3 } = core as { Color: new (r?: number, g?: number, b?: number) => { r: number; setRGB(r: number, g: number, b: number): unknown }; Vector3: new (x?: number, y?: number, z?: number) => { x: number; set(x: number, y: number, z: number): unknown } };
    type Uniform = { setValue(gl: unknown, v: unknown): void };
    const calls = (module: Record<string, unknown>): string[] => {
      const log: string[] = [];
      const gl = { uniform3f: (addr: string, x: number, y: number, z: number) => log.push(`${addr} 3f ${x} ${y} ${z}`), uniform3fv: (addr: string, v: ArrayLike<number>) => log.push(`${addr} 3fv ${Array.from(v).join(' ')}`) };
      const Single = module.TestSingleUniform as new (id: string, info: { type: number }, addr: string) => Uniform;
      const tint = new Color(0.2, 0.4, 0.6), sun = new Vector3(1, 2, 3), ambient = new Float32Array([0.1, 0.1, 0.1]);
      const [colour, vector, array, changing] = ['colour', 'vector', 'array', 'changing'].map((addr) => new Single(addr, { type: 0x8b51 }, addr));
      for (let frame = 0; frame < 4; frame++) {
        colour.setValue(gl, tint);
        vector.setValue(gl, sun);
        array.setValue(gl, ambient);
        // One uniform whose value is a colour, then a vector, then an array, then a colour again.
        changing.setValue(gl, [tint, sun, ambient, new Color(0.2, 0.4, 0.6)][frame]);
        if (frame === 1) { tint.setRGB(0.3, 0.4, 0.6); sun.set(1, 2, 4); ambient[2] = 0.2; }
      }
      return log;
    };
    const expected = calls(original);
    expect(expected.length).toBeGreaterThan(6);
    expect(calls(edited)).toEqual(expected);
  });

  it('uploads uniform arrays as three.js does: a typed array as it is, vectors and numbers flattened', async () => {
    const [original, edited, core] = await originalAndEdited('export { PureArrayUniform as TestArrayUniform };');
    const { Vector4 } = core as { Vector4: new (x?: number, y?: number, z?: number, w?: number) => { x: number } };
    const calls = (module: Record<string, unknown>): string[] => {
      const log: string[] = [];
      const gl = { uniform4fv: (addr: string, v: ArrayLike<number>) => log.push(`${addr} ${ArrayBuffer.isView(v) ? 'typed' : 'plain'} ${Array.from(v).join(' ')}`) };
      const ArrayUniform = module.TestArrayUniform as new (id: string, info: { type: number; size: number }, addr: string) => { setValue(gl: unknown, v: unknown): void };
      const planes = new Float32Array([0, 1, 0, -5, 1, 0, 0, 2.5]);
      const values: unknown[] = [planes, [new Vector4(1, 2, 3, 4), new Vector4(5, 6, 7, 8)], [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4]];
      values.forEach((value, k) => {
        const uniform = new ArrayUniform(`u${k}`, { type: 0x8b52, size: 2 }, `u${k}`);
        // Each a few frames, the typed array changing in place between them.
        for (let frame = 0; frame < 3; frame++) {
          uniform.setValue(gl, value);
          planes[3] = -5 - frame;
        }
      });
      return log;
    };
    const expected = calls(original);
    expect(expected).toHaveLength(9);
    expect(expected[0]).toBe('u0 typed 0 1 0 -5 1 0 0 2.5');
    expect(calls(edited)).toEqual(expected);
  });

  it('sets the fog colour as three.js does, converting it again only when it or a colour space changes', async () => {
    const [original, edited, core] = await originalAndEdited('export { WebGLMaterials as TestMaterials };');
    const { Color, Fog, ColorManagement } = core as { Color: new (hex?: number) => { r: number; g: number; b: number; setHex(hex: number): unknown }; Fog: new (hex: number, near: number, far: number) => { color: { setHex(hex: number): unknown } }; ColorManagement: { workingColorSpace: string } };
    const run = (module: Record<string, unknown>): number[][] => {
      const renderer = { outputColorSpace: 'srgb', getRenderTarget: () => null };
      const materials = (module.TestMaterials as (r: unknown, p: unknown) => { refreshFogUniforms(u: unknown, f: unknown): void })(renderer, {});
      const fog = new Fog(0x88aacc, 10, 100);
      const uniforms = [0, 1, 2].map(() => ({ fogColor: { value: new Color() }, fogNear: { value: 1 }, fogFar: { value: 2000 } }));
      const seen: number[][] = [];
      const step = (): void => {
        for (const u of uniforms) {
          materials.refreshFogUniforms(u, fog);
          seen.push([u.fogColor.value.r, u.fogColor.value.g, u.fogColor.value.b, u.fogNear.value, u.fogFar.value]);
        }
      };
      step();
      step();
      uniforms[1].fogColor.value.setHex(0xff0000); // a uniform changed by someone else is set again
      step();
      fog.color.setHex(0x224466);
      step();
      renderer.outputColorSpace = 'srgb-linear';
      step();
      return seen;
    };
    const expected = run(original);
    expect(new Set(expected.map((c) => c.join(' '))).size).toBeGreaterThanOrEqual(3);
    expect(run(edited)).toEqual(expected);
    expect(ColorManagement.workingColorSpace).toBe('srgb-linear');
  });

  it('sets the clear colour as three.js does, converting it again only when it or a colour space changes', async () => {
    // The background and WebGL's state, both three's own, over a GL that records what it is told:
    // the edited pair must give WebGL the same clear colours, premultiplied or not, and skip the
    // same repeats, also after someone else sets the clear colour or the state is reset.
    const [original, edited] = await originalAndEdited('export { WebGLBackground as TestBackground, WebGLState as TestState };');
    const run = (module: Record<string, unknown>, premultipliedAlpha: boolean): number[][] => {
      const cleared: number[][] = [];
      const parameters: Record<string, unknown> = { VERSION: 'WebGL 2.0', SCISSOR_BOX: new Int32Array(4), VIEWPORT: new Int32Array(4) };
      const gl = new Proxy({} as Record<string, unknown>, {
        get: (target, key) => {
          if (key === 'clearColor') return (...rgba: number[]) => cleared.push(rgba);
          if (key === 'getParameter') return (name: string) => parameters[name] ?? 16;
          if (typeof key === 'string' && /^[A-Z0-9_]+$/.test(key)) return key;
          return target[key as string] ?? (() => ({}));
        },
      });
      const state = new (module.TestState as new (gl: unknown, extensions: unknown) => { buffers: { color: { setClear(...a: unknown[]): void; reset(): void } } })(gl, { has: () => false, get: () => null });
      cleared.length = 0;
      const renderer = { outputColorSpace: 'srgb', getRenderTarget: () => null };
      const background = (module.TestBackground as (...a: unknown[]) => { setClearColor(c: number, a?: number): void })(renderer, {}, state, {}, false, premultipliedAlpha);
      background.setClearColor(0x336699, 1);
      background.setClearColor(0x336699, 1); // a repeat: WebGL is not told again
      background.setClearColor(0x336699, 0.5);
      background.setClearColor(0x102030, 0.5);
      state.buffers.color.setClear(0, 0, 0, 1, false); // someone else's clear colour
      background.setClearColor(0x102030, 0.5);
      renderer.outputColorSpace = 'srgb-linear';
      background.setClearColor(0x102030, 0.5);
      state.buffers.color.reset();
      renderer.outputColorSpace = 'srgb';
      background.setClearColor(0x102030, 1);
      return cleared;
    };
    for (const premultiplied of [true, false]) {
      const expected = run(original, premultiplied);
      expect(expected.length).toBe(7);
      expect(new Set(expected.map((c) => c.join(' '))).size).toBeGreaterThanOrEqual(5);
      expect(run(edited, premultiplied)).toEqual(expected);
    }
  });
});
