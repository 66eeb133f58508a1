// Small edits to three.js's WebGL renderer and to @react-three/fiber's frame loop, made at build
// time, so that a steady frame makes less garbage. Each edit keeps the library's behaviour and
// removes an allocation V8 makes on every draw call or frame: a number boxed where one property
// read can be a number or `undefined`, an iterator object, a comparator closure. Without them the
// renderer alone makes about 4 KB of garbage a frame (measured with tests/bench/frame-profile.mjs).
// Each edit names the exact text it replaces and the build fails if that text is not found once,
// so an upgrade cannot drop one silently: check the edits against the new version, then update
// the version it was written for (`TARGETS`).

import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

interface Edit {
  why: string;
  /** Where to start looking, when `find` itself is not unique in the file. */
  after?: string;
  find: string;
  replace: string;
  /** How many times `find` occurs, each replaced (once when not given). */
  times?: number;
}

const RENDERER_EDITS: Edit[] = [
  {
    // Uniform caches start empty, so the first comparison of each one is `undefined !== number` and
    // V8 compiles every later comparison as the generic kind, which boxes both numbers.
    why: 'vector uniform caches start as numbers',
    find: '\t\tthis.cache = [];\n\t\tthis.type = activeInfo.type;\n\t\tthis.setValue = getSingularSetter( activeInfo.type );',
    replace: '\t\tthis.cache = activeInfo.type === 0x8b51 ? [ NaN, NaN, NaN ] : activeInfo.type === 0x8b52 ? [ NaN, NaN, NaN, NaN ] : [];\n\t\tthis.type = activeInfo.type;\n\t\tthis.setValue = getSingularSetter( activeInfo.type );',
  },
  {
    // One setter for every vec3 uniform sees Vector3s, Colors and arrays, so V8 compiles its reads
    // of `v.x` or `v.r` for several shapes and boxes the number it merges. Each uniform holds one
    // kind of value: on its first upload it takes a setter for that kind, which sees one shape and
    // reads numbers unboxed. A value of another kind later still goes through the general setter.
    why: 'vec3 uniforms take a setter for the kind of value they hold',
    find: 'function setValueV3f( gl, v ) {\n\n\tconst cache = this.cache;\n\n\tif ( v.x !== undefined ) {',
    replace: 'function setValueV3f( gl, v ) {\n\n\tthis.setValue = v.isColor === true ? setValueV3fFromColor : v.isVector3 === true ? setValueV3fFromVector : setValueV3fFromAny;\n\tthis.setValue( gl, v );\n\n}\n\nfunction setValueV3fFromColor( gl, v ) {\n\n\tif ( v.isColor !== true ) return setValueV3fFromAny.call( this, gl, v );\n\n\tconst cache = this.cache;\n\n\tif ( cache[ 0 ] !== v.r || cache[ 1 ] !== v.g || cache[ 2 ] !== v.b ) {\n\n\t\tgl.uniform3f( this.addr, v.r, v.g, v.b );\n\n\t\tcache[ 0 ] = v.r;\n\t\tcache[ 1 ] = v.g;\n\t\tcache[ 2 ] = v.b;\n\n\t}\n\n}\n\nfunction setValueV3fFromVector( gl, v ) {\n\n\tif ( v.isVector3 !== true ) return setValueV3fFromAny.call( this, gl, v );\n\n\tconst cache = this.cache;\n\n\tif ( cache[ 0 ] !== v.x || cache[ 1 ] !== v.y || cache[ 2 ] !== v.z ) {\n\n\t\tgl.uniform3f( this.addr, v.x, v.y, v.z );\n\n\t\tcache[ 0 ] = v.x;\n\t\tcache[ 1 ] = v.y;\n\t\tcache[ 2 ] = v.z;\n\n\t}\n\n}\n\nfunction setValueV3fFromAny( gl, v ) {\n\n\tconst cache = this.cache;\n\n\tif ( v.x !== undefined ) {',
  },
  {
    // Called for every draw: `for…of` makes an array iterator each time until V8's top tier.
    why: 'light probe grids counted without an iterator',
    find: 'for ( const grid of grids ) if ( grid.texture !== null ) count ++;',
    replace: 'for ( let i = 0; i < grids.length; i ++ ) if ( grids[ i ].texture !== null ) count ++;',
  },
  {
    // A new comparator closure, and a sort (V8 copies the array to sort it), for every updated
    // buffer; the app writes its few ranges already in order (upload-ranges.ts). The sort is
    // stable, so a list in order is left as it is: skipping it changes nothing.
    why: 'update ranges sorted only when out of order',
    after: 'function updateBuffer( buffer, attribute, bufferType ) {',
    find: 'updateRanges.sort( ( a, b ) => a.start - b.start );',
    replace: 'for ( let i = 1; i < updateRanges.length; i ++ ) if ( updateRanges[ i ].start < updateRanges[ i - 1 ].start ) {\n\n\t\t\t\tupdateRanges.sort( ( a, b ) => a.start - b.start );\n\t\t\t\tbreak;\n\n\t\t\t}',
  },
  {
    // Every material switch converted the fog's colour from linear to sRGB again (a power per channel,
    // each result a boxed number until V8's top tier). The converted colour is kept, and made again
    // only when the fog's colour or the output colour space changes.
    why: 'fog colour converted only when it changes',
    find: '\tfunction refreshFogUniforms( uniforms, fog ) {\n\n\t\tfog.color.getRGB( uniforms.fogColor.value, getUnlitUniformColorSpace( renderer ) );\n',
    replace: '\tconst _fogColorFrom = new Color( NaN, NaN, NaN );\n\tconst _fogColorTo = new Color();\n\tlet _fogColorSpace = null;\n\tlet _fogWorkingSpace = null;\n\n\tfunction refreshFogUniforms( uniforms, fog ) {\n\n\t\tconst colorSpace = getUnlitUniformColorSpace( renderer );\n\t\tif ( fog.color.equals( _fogColorFrom ) === false || colorSpace !== _fogColorSpace || ColorManagement.workingColorSpace !== _fogWorkingSpace ) {\n\n\t\t\tfog.color.getRGB( _fogColorTo, colorSpace );\n\t\t\t_fogColorFrom.copy( fog.color );\n\t\t\t_fogColorSpace = colorSpace;\n\t\t\t_fogWorkingSpace = ColorManagement.workingColorSpace;\n\n\t\t}\n\t\tif ( uniforms.fogColor.value.equals( _fogColorTo ) === false ) uniforms.fogColor.value.copy( _fogColorTo );\n',
  },
  {
    // The clear colour, likewise, was converted for every frame.
    why: 'clear colour converted only when it changes',
    find: '\tfunction setClear( color, alpha ) {\n\n\t\tcolor.getRGB( _rgb, getUnlitUniformColorSpace( renderer ) );\n',
    replace: '\tconst _rgbFrom = new Color( NaN, NaN, NaN );\n\tlet _rgbColorSpace = null;\n\tlet _rgbWorkingSpace = null;\n\n\tfunction setClear( color, alpha ) {\n\n\t\tconst colorSpace = getUnlitUniformColorSpace( renderer );\n\t\tif ( color.equals( _rgbFrom ) === false || colorSpace !== _rgbColorSpace || ColorManagement.workingColorSpace !== _rgbWorkingSpace ) {\n\n\t\t\tcolor.getRGB( _rgb, colorSpace );\n\t\t\t_rgbFrom.copy( color );\n\t\t\t_rgbColorSpace = colorSpace;\n\t\t\t_rgbWorkingSpace = ColorManagement.workingColorSpace;\n\n\t\t}\n',
  },
  {
    // A geometry draws all of itself by default: a draw range of `Infinity` items, and the sum and
    // product with it made a new heap number for every draw call until V8's top tier. The end stays
    // `Infinity` (the same constant) until it is clamped to the index's or the positions' count.
    why: 'an unbounded draw range ends at Infinity without arithmetic',
    find: '\t\tlet drawEnd = ( drawRange.start + drawRange.count ) * rangeFactor;',
    replace: '\t\tlet drawEnd = drawRange.count === Infinity ? Infinity : ( drawRange.start + drawRange.count ) * rangeFactor;',
  },
  {
    // A uniform's `value` holds numbers and objects, so each store of a number boxes it.
    why: 'fog distances stored only when they change',
    find: '\t\t\tuniforms.fogNear.value = fog.near;\n\t\t\tuniforms.fogFar.value = fog.far;',
    replace: '\t\t\tif ( uniforms.fogNear.value !== fog.near ) uniforms.fogNear.value = fog.near;\n\t\t\tif ( uniforms.fogFar.value !== fog.far ) uniforms.fogFar.value = fog.far;',
  },
  {
    // Six planes from the camera's matrix each render, each through calls that box four numbers;
    // while the camera rests (playing, paused on a view) the matrix and so the planes are the same.
    why: 'view frustum recomputed only when the camera matrix changes',
    find: '\t\t\t\t_frustum.setFromProjectionMatrix( _projScreenMatrix, WebGLCoordinateSystem, camera.reversedDepth );\n',
    replace: '\t\t\t\tif ( _frustumReversed !== camera.reversedDepth || _frustumMatrix.equals( _projScreenMatrix ) === false ) {\n\t\t\t\t\t_frustum.setFromProjectionMatrix( _projScreenMatrix, WebGLCoordinateSystem, camera.reversedDepth );\n\t\t\t\t\t_frustumMatrix.copy( _projScreenMatrix );\n\t\t\t\t\t_frustumReversed = camera.reversedDepth;\n\t\t\t\t}\n',
  },
  {
    why: 'view frustum recomputed only when the camera matrix changes (its memory)',
    find: '\t\tconst _projScreenMatrix = new Matrix4();\n',
    replace: '\t\tconst _projScreenMatrix = new Matrix4();\n\t\tconst _frustumMatrix = new Matrix4();\n\t\tlet _frustumReversed = null;\n',
  },
  {
    // Emptying an array with `length = 0` makes V8 free its storage, so each frame's pushes allocated
    // the render lists again. The lists now count their items from `init()` and take that length in
    // `finish()`, before anything reads them; a length that only shrinks a little keeps the storage.
    // (`unshift`, the background's, comes after `finish()` and needs no count: `init()` resets them.)
    why: 'render lists counted, not emptied, each frame',
    find: '\tconst transparent = [];\n\n\tfunction init() {\n\n\t\trenderItemsIndex = 0;\n\n\t\topaque.length = 0;\n\t\ttransmissive.length = 0;\n\t\ttransparent.length = 0;\n\n\t}',
    replace: '\tconst transparent = [];\n\n\tlet opaqueCount = 0;\n\tlet transmissiveCount = 0;\n\tlet transparentCount = 0;\n\n\tfunction init() {\n\n\t\trenderItemsIndex = 0;\n\n\t\topaqueCount = 0;\n\t\ttransmissiveCount = 0;\n\t\ttransparentCount = 0;\n\n\t}',
  },
  { why: 'render lists counted (transmissive push)', find: '\t\t\ttransmissive.push( renderItem );', replace: '\t\t\ttransmissive[ transmissiveCount ++ ] = renderItem;' },
  { why: 'render lists counted (transparent push)', find: '\t\t\ttransparent.push( renderItem );', replace: '\t\t\ttransparent[ transparentCount ++ ] = renderItem;' },
  { why: 'render lists counted (opaque push)', find: '\t\t\topaque.push( renderItem );', replace: '\t\t\topaque[ opaqueCount ++ ] = renderItem;' },
  {
    why: 'render lists counted (their length taken at finish)',
    find: '\tfunction finish() {\n\n\t\t// Clear references from inactive renderItems in the list\n',
    replace: '\tfunction finish() {\n\n\t\topaque.length = opaqueCount;\n\t\ttransmissive.length = transmissiveCount;\n\t\ttransparent.length = transparentCount;\n\n\t\t// Clear references from inactive renderItems in the list\n',
  },
  {
    // Array#sort copies the list into a work array on every call. The app's render lists hold a few
    // dozen items at most (a mesh per cell shape, markers, outlines): an insertion sort, stable like
    // Array#sort, gives the same order without the copy. (It would be slow on thousands of objects.)
    why: 'short render lists sorted in place',
    find: '\tfunction sort( customOpaqueSort, customTransparentSort ) {\n\n\t\tif ( opaque.length > 1 ) opaque.sort( customOpaqueSort || painterSortStable );\n\t\tif ( transmissive.length > 1 ) transmissive.sort( customTransparentSort || reversePainterSortStable );\n\t\tif ( transparent.length > 1 ) transparent.sort( customTransparentSort || reversePainterSortStable );\n\n\t}',
    replace: '\tfunction sortItems( items, compare ) {\n\n\t\tfor ( let i = 1, j, item; i < items.length; i ++ ) {\n\n\t\t\titem = items[ i ];\n\t\t\tfor ( j = i; j > 0 && compare( items[ j - 1 ], item ) > 0; j -- ) items[ j ] = items[ j - 1 ];\n\t\t\titems[ j ] = item;\n\n\t\t}\n\n\t}\n\n\tfunction sort( customOpaqueSort, customTransparentSort ) {\n\n\t\tif ( opaque.length > 1 ) sortItems( opaque, customOpaqueSort || painterSortStable );\n\t\tif ( transmissive.length > 1 ) sortItems( transmissive, customTransparentSort || reversePainterSortStable );\n\t\tif ( transparent.length > 1 ) sortItems( transparent, customTransparentSort || reversePainterSortStable );\n\n\t}',
  },
  {
    // The lights' array, likewise: counted from `init()`, its length taken before anything reads it.
    why: 'lights counted, not emptied, each frame',
    find: '\tconst lightProbeGridArray = [];\n\n\tfunction init( camera ) {\n\n\t\tstate.camera = camera;\n\n\t\tlightsArray.length = 0;\n',
    replace: '\tconst lightProbeGridArray = [];\n\tlet lightsCount = 0;\n\n\tfunction init( camera ) {\n\n\t\tstate.camera = camera;\n\n\t\tlightsCount = 0;\n',
  },
  { why: 'lights counted (push)', find: '\t\t\tlightsArray.push( light );', replace: '\t\t\tlightsArray[ lightsCount ++ ] = light;' },
  {
    // …and a new comparator closure per frame for a list that is usually empty.
    why: 'lights counted (their length taken before setup); probe grids sorted only when several',
    find: '\tfunction setupLights() {\n\n\t\tlights.setup( lightsArray );\n\n\t\tlightProbeGridArray.sort( ( a, b ) => a.priority - b.priority || a.id - b.id );',
    replace: '\tfunction finish() {\n\n\t\tlightsArray.length = lightsCount;\n\n\t}\n\n\tfunction setupLights() {\n\n\t\tfinish();\n\t\tlights.setup( lightsArray );\n\n\t\tif ( lightProbeGridArray.length > 1 ) lightProbeGridArray.sort( ( a, b ) => a.priority - b.priority || a.id - b.id );',
  },
  {
    // Sorted every frame, like the render lists: in place, stable, without Array#sort's work copy.
    why: 'lights sorted in place',
    find: '\t\tlights.sort( shadowCastingAndTexturingLightsFirst );\n',
    replace: '\t\tfor ( let i = 1, j, light; i < lights.length; i ++ ) {\n\n\t\t\tlight = lights[ i ];\n\t\t\tfor ( j = i; j > 0 && shadowCastingAndTexturingLightsFirst( lights[ j - 1 ], light ) > 0; j -- ) lights[ j ] = lights[ j - 1 ];\n\t\t\tlights[ j ] = light;\n\n\t\t}\n',
  },
  { why: 'lights counted (before the view setup)', find: '\t\tlights.setupView( lightsArray, camera );', replace: '\t\tfinish();\n\t\tlights.setupView( lightsArray, camera );' },
  {
    why: 'lights counted (the render state finishes with the render list)',
    find: '\treturn {\n\t\tinit: init,\n\t\tstate: state,\n\t\tsetupLights: setupLights,',
    replace: '\treturn {\n\t\tinit: init,\n\t\tfinish: finish,\n\t\tstate: state,\n\t\tsetupLights: setupLights,',
  },
  { why: 'lights counted (finished after projecting the scene)', find: '\t\t\tcurrentRenderList.finish();\n', replace: '\t\t\tcurrentRenderList.finish();\n\t\t\tcurrentRenderState.finish();\n' },
  {
    // Every uniform array goes through `flatten`, which hands a typed array (the clipping planes', one
    // upload per draw) back as it is after reading its first number: a new heap number each time
    // until V8's top tier. Asking whether it is a typed array reads no number.
    why: 'typed uniform arrays uploaded without reading a number',
    find: 'function flatten( array, nBlocks, blockSize ) {\n\n\tconst firstElem = array[ 0 ];\n',
    replace: 'function flatten( array, nBlocks, blockSize ) {\n\n\tif ( ArrayBuffer.isView( array ) ) return array;\n\n\tconst firstElem = array[ 0 ];\n',
  },
  {
    // Each drawn object's depth was handed to the render list as an argument: at a few frames a second
    // `projectObject` runs in V8's middle tier for minutes, which boxes a number passed to a call (one
    // per drawn object per frame). The list's push now returns the item, and the depth is stored
    // into it where it is read, which that tier does without a box. `unshift` (the background's) is unchanged.
    why: 'depths stored into render items, not passed (push returns the item)',
    find: '\t\t\topaque[ opaqueCount ++ ] = renderItem;\n\n\t\t}\n\n\t}\n\n\tfunction unshift(',
    replace: '\t\t\topaque[ opaqueCount ++ ] = renderItem;\n\n\t\t}\n\n\t\treturn renderItem;\n\n\t}\n\n\tfunction unshift(',
  },
  {
    why: 'depths stored into render items (sprites)',
    after: 'function projectObject( object, camera, groupOrder, sortObjects ) {',
    find: 'currentRenderList.push( object, geometry, material, groupOrder, _vector4.z, null, camera );',
    replace: 'currentRenderList.push( object, geometry, material, groupOrder, 0, null, camera ).z = camera.reversedDepth === true ? - _vector4.z : _vector4.z;',
  },
  {
    why: 'depths stored into render items (meshes with material groups)',
    find: 'currentRenderList.push( object, geometry, groupMaterial, groupOrder, _vector4.z, group, camera );',
    replace: 'currentRenderList.push( object, geometry, groupMaterial, groupOrder, 0, group, camera ).z = camera.reversedDepth === true ? - _vector4.z : _vector4.z;',
  },
  {
    why: 'depths stored into render items (meshes, lines and points)',
    after: '} else if ( object.isMesh || object.isLine || object.isPoints ) {',
    find: 'currentRenderList.push( object, geometry, material, groupOrder, _vector4.z, null, camera );',
    replace: 'currentRenderList.push( object, geometry, material, groupOrder, 0, null, camera ).z = camera.reversedDepth === true ? - _vector4.z : _vector4.z;',
  },
  {
    // The sorts ask only whether a comparison is above zero; a difference of two depths is a new
    // number (boxed on return), a sign is not.
    why: 'render items compared by depth without a difference',
    find: '\t\treturn a.z - b.z;',
    replace: '\t\treturn a.z > b.z ? 1 : - 1;',
  },
  {
    why: 'render items compared by depth without a difference (back to front)',
    find: '\t\treturn b.z - a.z;',
    replace: '\t\treturn b.z > a.z ? 1 : - 1;',
  },
  {
    // Likewise for the draw orders, which need not be whole numbers (the membrane's inside faces
    // draw half a step before its outside).
    why: 'render items compared by group order without a difference',
    find: '\t\treturn a.groupOrder - b.groupOrder;',
    replace: '\t\treturn a.groupOrder > b.groupOrder ? 1 : - 1;',
    times: 2,
  },
  {
    why: 'render items compared by render order without a difference',
    find: '\t\treturn a.renderOrder - b.renderOrder;',
    replace: '\t\treturn a.renderOrder > b.renderOrder ? 1 : - 1;',
    times: 2,
  },
  {
    // The clear colour went to the colour buffer as three numbers each frame, each boxed by the call.
    // The buffer now reads them from the colour itself, with the same premultiplication and the same
    // check against what WebGL was last given.
    why: 'clear colour handed to the colour buffer as the colour',
    find: '\t\tstate.buffers.color.setClear( _rgb.r, _rgb.g, _rgb.b, alpha, premultipliedAlpha );',
    replace: '\t\tstate.buffers.color.setClearRGB( _rgb, alpha, premultipliedAlpha );',
  },
  {
    why: 'clear colour handed to the colour buffer as the colour (the buffer reads it)',
    find: '\t\t\tsetClear: function ( r, g, b, a, premultipliedAlpha ) {\n',
    replace: '\t\t\tsetClearRGB: function ( rgb, a, premultipliedAlpha ) {\n\n\t\t\t\tif ( premultipliedAlpha === true ) {\n\n\t\t\t\t\tcolor.x = rgb.r * a; color.y = rgb.g * a; color.z = rgb.b * a;\n\n\t\t\t\t} else {\n\n\t\t\t\t\tcolor.x = rgb.r; color.y = rgb.g; color.z = rgb.b;\n\n\t\t\t\t}\n\n\t\t\t\tcolor.w = a;\n\n\t\t\t\tif ( currentColorClear.equals( color ) === false ) {\n\n\t\t\t\t\tgl.clearColor( color.x, color.y, color.z, color.w );\n\t\t\t\t\tcurrentColorClear.copy( color );\n\n\t\t\t\t}\n\n\t\t\t},\n\n\t\t\tsetClear: function ( r, g, b, a, premultipliedAlpha ) {\n',
  },
  {
    // A uniform's `value` holds numbers and objects, so each store of a see-through material's
    // opacity boxed it, for every draw of it.
    why: 'opacities stored only when they change',
    find: '\t\tuniforms.opacity.value = material.opacity;',
    replace: '\t\tif ( uniforms.opacity.value !== material.opacity ) uniforms.opacity.value = material.opacity;',
    times: 5,
  },
  {
    // Not about garbage either: Lobule draws no shadows (no light casts one, and the canvas never
    // turns them on), so the renderer gets a shadow map that is never enabled, in place of the real
    // one (its depth and distance passes, its blur shaders), which the bundle then leaves out. It
    // keeps every member the renderer and react-three-fiber read or write.
    why: 'a shadow map that is never enabled',
    find: 'function WebGLShadowMap( renderer, objects, capabilities ) {',
    replace: 'function WebGLShadowMap() {\n\n\tthis.enabled = false;\n\tthis.autoUpdate = true;\n\tthis.needsUpdate = false;\n\tthis.type = PCFShadowMap;\n\tthis.render = function () {};\n\n}\n\nfunction WebGLShadowMapLeftOut( renderer, objects, capabilities ) {',
  },
  {
    // Not about garbage: Lobule never enters WebXR (no VR or AR view), so the renderer gets a
    // stand-in manager that is never presenting, in place of the real one (about 3 KB gzip with its
    // depth sensing), which the bundle then leaves out. It keeps every member the renderer and
    // react-three-fiber read.
    why: 'an XR manager that never presents',
    find: 'class WebXRManager extends EventDispatcher {',
    replace: 'class WebXRManager extends EventDispatcher {\n\n\tconstructor() {\n\n\t\tsuper();\n\t\tthis.enabled = false;\n\t\tthis.isPresenting = false;\n\t\tthis.cameraAutoUpdate = true;\n\n\t}\n\n\tgetSession() {\n\n\t\treturn null;\n\n\t}\n\n\tgetDepthSensingMesh() {\n\n\t\treturn null;\n\n\t}\n\n\thasDepthSensing() {\n\n\t\treturn false;\n\n\t}\n\n\tgetEnvironmentBlendMode() {}\n\n\tsetAnimationLoop() {}\n\n\tupdateCamera() {}\n\n\tgetCamera() {}\n\n\tdispose() {}\n\n}\n\nclass WebXRManagerLeftOut extends EventDispatcher {',
  },
];

const FRAME_LOOP_EDITS: Edit[] = [
  {
    // `for…of` over a Map makes an iterator and a result object per step, every frame, until V8's
    // top tier (which a few calls a frame at 10–60 frames a second does not reach for minutes).
    why: 'global effects run without an iterator',
    find: 'function run(effects, timestamp) {\n  if (!effects.size) return;\n  for (const {\n    callback\n  } of effects.values()) {\n    callback(timestamp);\n  }\n}',
    replace: 'let effectTimestamp = 0;\nfunction runEffect(effect) {\n  effect.callback(effectTimestamp);\n}\nfunction run(effects, timestamp) {\n  if (!effects.size) return;\n  effectTimestamp = timestamp;\n  effects.forEach(runEffect);\n}',
  },
  {
    why: 'roots rendered without an iterator',
    find: "  for (const root of _roots.values()) {\n    var _state$gl$xr;\n    state = root.store.getState();\n\n    // If the frameloop is invalidated, do not run another frame\n    if (state.internal.active && (state.frameloop === 'always' || state.internal.frames > 0) && !((_state$gl$xr = state.gl.xr) != null && _state$gl$xr.isPresenting)) {\n      repeat += update(timestamp, state);\n    }\n  }\n",
    replace: '  effectTimestamp = timestamp;\n  _roots.forEach(renderRoot);\n',
  },
  {
    why: 'roots rendered without an iterator (each root)',
    find: 'function loop(timestamp) {\n',
    replace: "function renderRoot(root) {\n  var _state$gl$xr;\n  state = root.store.getState();\n  if (state.internal.active && (state.frameloop === 'always' || state.internal.frames > 0) && !((_state$gl$xr = state.gl.xr) != null && _state$gl$xr.isPresenting)) {\n    repeat += update(effectTimestamp, state);\n  }\n}\nfunction loop(timestamp) {\n",
  },
  {
    // `invalidate` captured its own `frames` in the closure that invalidates every root, so each call
    // (one a frame while playing) made a context for it, used or not. That loop now lives outside.
    why: 'invalidate makes no context when given a root',
    find: 'function invalidate(state, frames = 1) {\n  var _state$gl$xr2;\n  if (!state) return _roots.forEach(root => invalidate(root.store.getState(), frames));',
    replace: 'function invalidateEveryRoot(frames) {\n  _roots.forEach(root => invalidate(root.store.getState(), frames));\n}\nfunction invalidate(state, frames = 1) {\n  var _state$gl$xr2;\n  if (!state) return invalidateEveryRoot(frames);',
  },
];

/** The files edited, and the package version the edits were written for. */
const TARGETS = [
  { pkg: 'three', version: '0.187.0', file: /[\\/]node_modules[\\/]three[\\/]build[\\/]three\.module\.js$/, edits: RENDERER_EDITS },
  { pkg: '@react-three/fiber', version: '9.8.2', file: /[\\/]node_modules[\\/]@react-three[\\/]fiber[\\/]dist[\\/]events-\w+\.esm\.js$/, edits: FRAME_LOOP_EDITS },
];

/** Applies each edit; throws, naming it, if its text (or its `after` anchor) is not found exactly once (or `times` times). */
export function applyEdits(code: string, edits: readonly Edit[], file: string): string {
  let out = code;
  for (const edit of edits) {
    if (edit.times !== undefined) {
      const parts = out.split(edit.find);
      if (parts.length - 1 !== edit.times) throw new Error(`three-steady-frame: "${edit.why}" does not match ${file} exactly ${edit.times} times`);
      out = parts.join(edit.replace);
      continue;
    }
    const from = edit.after === undefined ? 0 : out.indexOf(edit.after);
    const at = from < 0 ? -1 : out.indexOf(edit.find, from);
    const again = edit.after === undefined ? out.indexOf(edit.find, at + 1) : -1;
    if (at < 0 || again >= 0 || (edit.after !== undefined && out.indexOf(edit.after, from + 1) >= 0)) {
      throw new Error(`three-steady-frame: "${edit.why}" does not match ${file} exactly once`);
    }
    out = out.slice(0, at) + edit.replace + out.slice(at + edit.find.length);
  }
  return out;
}

function installedVersion(pkg: string): string {
  return JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version as string;
}

export function threeSteadyFrame(): Plugin {
  return {
    name: 'lobule:three-steady-frame',
    // The dev server serves dependencies pre-bundled; the edits only change allocation, not behaviour.
    apply: 'build',
    buildStart() {
      for (const { pkg, version } of TARGETS) {
        const found = installedVersion(pkg);
        if (found !== version) this.error(`three-steady-frame: edits written for ${pkg} ${version}, found ${found}; check them against it, then update TARGETS`);
      }
    },
    transform(code, id) {
      const target = TARGETS.find((t) => t.file.test(id));
      if (!target) return null;
      return { code: applyEdits(code, target.edits, `${target.pkg} (${id.replace(/^.*[\\/]/, '')})`), map: null };
    },
  };
}
