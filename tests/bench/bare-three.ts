// The floor for the app's frame: a bare three.js page drawing the same number of draw calls and
// triangles with instanced Lambert meshes, writing every instance matrix each frame, nothing else.
// `?calls=13&triangles=200000&instances=6000&aa=0`; logs frame and JS times like the app's profiler.
// `&programs=13&lit=app` gives it up to that many shader programs (one per draw call at most; the app
// switches program at about every draw) and the app's lights and depth haze (a hemisphere and a
// directional light, fog): three.js's own per-frame allocations grow with each program switched to
// and each light and fog uniform it re-checks, so this is the floor the app's garbage is compared with.

import { AmbientLight, DirectionalLight, DynamicDrawUsage, Fog, HemisphereLight, IcosahedronGeometry, InstancedMesh, MeshLambertMaterial, PerspectiveCamera, Scene, WebGLRenderer } from 'three';

const q = new URLSearchParams(location.search);
const calls = Number(q.get('calls') ?? 13);
const triangles = Number(q.get('triangles') ?? 200_000);
const instances = Number(q.get('instances') ?? 6000);
const programs = Math.max(1, Number(q.get('programs') ?? 1));
const litLikeApp = q.get('lit') === 'app';
const renderer = new WebGLRenderer({ antialias: q.get('aa') !== '0', powerPreference: 'high-performance' });
renderer.setPixelRatio(Math.min(2, devicePixelRatio));
renderer.setSize(innerWidth, innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new Scene();
if (litLikeApp) {
  scene.add(new HemisphereLight(0xffffff, 0xd9d3c8, 1.5), new DirectionalLight(0xffffff, 1.6));
  scene.fog = new Fog(0xf5f2ec, 400, 2000);
} else {
  scene.add(new AmbientLight(0xffffff, 1.5), new DirectionalLight(0xffffff, 2.5));
}
const camera = new PerspectiveCamera(40, innerWidth / innerHeight, 2, 8000);
camera.position.set(360, 270, 740);
camera.lookAt(0, 0, 0);

// Icosahedron detail 1 has 80 triangles: split the instances over the calls to match the triangles.
const geometry = new IcosahedronGeometry(1, 1);
const perInstance = geometry.index ? geometry.index.count / 3 : geometry.attributes.position.count / 3;
const total = Math.max(calls, Math.min(instances, Math.round(triangles / perInstance)));
const meshes: InstancedMesh[] = [];
for (let c = 0; c < calls; c++) {
  const material = new MeshLambertMaterial({ color: 0x4488cc });
  // A define per variant makes three compile (and switch to) a program of its own, as the app's
  // patched shapes do.
  const variant = c % programs;
  if (variant > 0) {
    material.defines = { BARE_VARIANT: variant };
    material.customProgramCacheKey = () => `bare-${variant}`;
  }
  const mesh = new InstancedMesh(geometry, material, Math.ceil(total / calls));
  mesh.instanceMatrix.setUsage(DynamicDrawUsage);
  mesh.frustumCulled = false;
  meshes.push(mesh);
  scene.add(mesh);
}
const log = { count: 0, jsMs: new Float64Array(2048), frameMs: new Float64Array(2048), renderMs: new Float64Array(2048) };
(window as unknown as { lobuleFrameLog: typeof log }).lobuleFrameLog = log;
let last = 0;
const frame = (now: number): void => {
  // The benchmark pauses this page while it measures the app's frames (they share the cores): no
  // frame is asked for at all meanwhile, so the page costs nothing.
  if (paused) {
    last = 0;
    running = false;
    return;
  }
  const started = performance.now();
  const t = now / 1000;
  for (let c = 0; c < meshes.length; c++) {
    const m = meshes[c].instanceMatrix.array as Float32Array;
    const n = meshes[c].count;
    for (let i = 0; i < n; i++) {
      const a = i * 0.37 + c + t * 0.1;
      const o = i * 16;
      const r = 8;
      m[o] = r; m[o + 5] = r; m[o + 10] = r; m[o + 15] = 1;
      m[o + 12] = Math.cos(a) * (100 + (i % 250)); m[o + 13] = ((i * 7) % 300) - 150; m[o + 14] = Math.sin(a) * (100 + (i % 250));
    }
    meshes[c].instanceMatrix.needsUpdate = true;
  }
  const rendering = performance.now();
  renderer.render(scene, camera);
  const ended = performance.now();
  log.renderMs[log.count % 2048] = ended - rendering;
  log.jsMs[log.count % 2048] = ended - started;
  log.frameMs[log.count % 2048] = last > 0 ? now - last : 0;
  log.count++;
  last = now;
  requestAnimationFrame(frame);
};
let paused = false;
let running = true;
requestAnimationFrame(frame);
(window as unknown as { bareTriangles: number }).bareTriangles = total * perInstance;
Object.assign(window, {
  benchPause: (): void => { paused = true; },
  benchResume: (): void => {
    paused = false;
    if (!running) {
      running = true;
      requestAnimationFrame(frame);
    }
  },
});
