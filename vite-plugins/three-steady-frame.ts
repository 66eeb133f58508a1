// Small edits to three.js's WebGL renderer, made at build time, so that a steady frame makes next
// to no garbage. Each edit keeps three's behaviour and removes an allocation V8 makes on every draw
// call: a number boxed where one property read can be a number or `undefined`, an iterator object,
// a comparator closure. Without them the renderer alone makes about 4 KB of garbage a frame
// (measured with tests/bench/frame-profile.mjs). Each edit names the exact text it replaces and
// the build fails if that text is not found once, so a three.js upgrade cannot drop one silently:
// check the edits against the new version, then update `THREE_VERSION`.

import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

interface Edit {
  why: string;
  /** Where to start looking, when `find` itself is not unique in the file. */
  after?: string;
  find: string;
  replace: string;
}

const THREE_VERSION = '0.187.0';

const RENDERER_EDITS: Edit[] = [
  {
    // Uniform caches start empty, so the first comparison of each one is `undefined !== number` and
    // V8 compiles every later comparison as the generic kind, which boxes both numbers.
    why: 'vector uniform caches start as numbers',
    find: '\t\tthis.cache = [];\n\t\tthis.type = activeInfo.type;\n\t\tthis.setValue = getSingularSetter( activeInfo.type );',
    replace: '\t\tthis.cache = activeInfo.type === 0x8b51 ? [ NaN, NaN, NaN ] : activeInfo.type === 0x8b52 ? [ NaN, NaN, NaN, NaN ] : [];\n\t\tthis.type = activeInfo.type;\n\t\tthis.setValue = getSingularSetter( activeInfo.type );',
  },
  {
    // `v.x` on a Vector3, a Color and an array is a number or `undefined`: V8 boxes the number to
    // merge the two. Asking the type first reads no number.
    why: 'vec3 uniforms ask the value\'s type before reading it',
    find: 'function setValueV3f( gl, v ) {\n\n\tconst cache = this.cache;\n\n\tif ( v.x !== undefined ) {',
    replace: 'function setValueV3f( gl, v ) {\n\n\tconst cache = this.cache;\n\n\tif ( v.isVector3 === true || v.isColor !== true && v.x !== undefined ) {',
  },
  {
    why: 'vec3 uniforms ask the value\'s type before reading it (colours)',
    find: '\t} else if ( v.r !== undefined ) {\n\n\t\tif ( cache[ 0 ] !== v.r || cache[ 1 ] !== v.g || cache[ 2 ] !== v.b ) {\n\n\t\t\tgl.uniform3f(',
    replace: '\t} else if ( v.isColor === true || v.r !== undefined ) {\n\n\t\tif ( cache[ 0 ] !== v.r || cache[ 1 ] !== v.g || cache[ 2 ] !== v.b ) {\n\n\t\t\tgl.uniform3f(',
  },
  {
    // Called for every draw: `for…of` makes an array iterator each time until V8's top tier.
    why: 'light probe grids counted without an iterator',
    find: 'for ( const grid of grids ) if ( grid.texture !== null ) count ++;',
    replace: 'for ( let i = 0; i < grids.length; i ++ ) if ( grids[ i ].texture !== null ) count ++;',
  },
  {
    // A new comparator closure, and a sort, for every updated buffer; the app writes one range.
    why: 'update ranges sorted only when there are several',
    after: 'function updateBuffer( buffer, attribute, bufferType ) {',
    find: 'updateRanges.sort( ( a, b ) => a.start - b.start );',
    replace: 'if ( updateRanges.length > 1 ) updateRanges.sort( ( a, b ) => a.start - b.start );',
  },
  {
    // A uniform's `value` holds numbers and objects, so each store of a number boxes it.
    why: 'fog distances stored only when they change',
    find: '\t\t\tuniforms.fogNear.value = fog.near;\n\t\t\tuniforms.fogFar.value = fog.far;',
    replace: '\t\t\tif ( uniforms.fogNear.value !== fog.near ) uniforms.fogNear.value = fog.near;\n\t\t\tif ( uniforms.fogFar.value !== fog.far ) uniforms.fogFar.value = fog.far;',
  },
];

/** Applies each edit once; throws, naming it, if its text (or its `after` anchor) is not found exactly once. */
export function applyEdits(code: string, edits: readonly Edit[], file: string): string {
  let out = code;
  for (const edit of edits) {
    const from = edit.after === undefined ? 0 : out.indexOf(edit.after);
    const at = from < 0 ? -1 : out.indexOf(edit.find, from);
    const again = edit.after === undefined ? out.indexOf(edit.find, at + 1) : -1;
    if (at < 0 || again >= 0 || (edit.after !== undefined && out.indexOf(edit.after, from + 1) >= 0)) {
      throw new Error(`three-steady-frame: "${edit.why}" does not match ${file} exactly once; check the edits against three ${readThreeVersion()}`);
    }
    out = out.slice(0, at) + edit.replace + out.slice(at + edit.find.length);
  }
  return out;
}

function readThreeVersion(): string {
  return JSON.parse(readFileSync(new URL('../node_modules/three/package.json', import.meta.url), 'utf8')).version as string;
}

export function threeSteadyFrame(): Plugin {
  return {
    name: 'lobule:three-steady-frame',
    // The dev server serves three pre-bundled; the edits only change allocation, not behaviour.
    apply: 'build',
    buildStart() {
      const version = readThreeVersion();
      if (version !== THREE_VERSION) this.error(`three-steady-frame: written for three ${THREE_VERSION}, found ${version}; check the edits, then update THREE_VERSION`);
    },
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]three[\\/]build[\\/]three\.module\.js$/.test(id)) return null;
      return { code: applyEdits(code, RENDERER_EDITS, 'three.module.js'), map: null };
    },
  };
}
