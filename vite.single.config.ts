// `npm run build:single`: the whole app in one file, dist-single/lobule.html, that runs from disk
// (file://) and from course platforms that accept a single file. Scripts, styles, the icon, the
// poster and the simulation worker (as a blob URL) are inlined; the page's CSP allows exactly its one script.
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { DEPENDENCY_ALIASES, threeStdlibEventDispatcher } from './vite-plugins/dependency-aliases.ts';
import { threeSteadyFrame } from './vite-plugins/three-steady-frame.ts';

// `new Worker(new URL('…simulation.worker-HASH.js', import.meta.url)…, { type: 'module' })` as built.
const WORKER_CALL = /new URL\((["'`])([^"'`]*simulation\.worker-[\w-]+\.js)\1,\s*import\.meta\.url\)([^{}]{0,160}?)\{type:\s*(["'`])module\4\}/g;

function inlineEverything(): Plugin {
  return {
    name: 'lobule:single-file',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = Object.values(bundle);
        const html = files.find((f) => f.fileName === 'index.html');
        const entry = files.find((f) => f.type === 'chunk' && f.isEntry);
        const css = files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css'));
        const worker = files.find((f) => f.type === 'asset' && /simulation\.worker-[\w-]+\.js$/.test(f.fileName));
        if (!html || html.type !== 'asset' || !entry || entry.type !== 'chunk') throw new Error('single-file build: no page or entry');
        const others = files.filter((f) => f.type === 'chunk' && f !== entry);
        if (others.length > 0) throw new Error(`single-file build: more than one chunk (${others.map((f) => f.fileName).join(', ')})`);

        let code = entry.code;
        if (worker && worker.type === 'asset') {
          const source = String(worker.source);
          // Chromium will not start a *module* worker from a blob made by a file:// page (an opaque
          // origin), but a classic one runs: the worker bundle imports nothing, so it is one.
          if (/^\s*(import|export)\b|import\.meta/m.test(source)) throw new Error('single-file build: the worker is not a classic script');
          const workerSource = JSON.stringify(source);
          const before = code;
          // The worker becomes a blob URL made from its own source; a page that cannot start it
          // still runs the simulation on the main thread (the run controller falls back).
          code = code.replace(WORKER_CALL, (_match, _quote, _file, between: string) =>
            `new URL(URL.createObjectURL(new Blob([${workerSource}],{type:"text/javascript"})))${between}{type:"classic"}`);
          if (code === before) throw new Error('single-file build: the worker URL was not found in the entry');
        }
        // The still poster shown before three.js arrives is a file of the normal build: inline it.
        const poster = `data:image/webp;base64,${readFileSync('public/poster.webp').toString('base64')}`;
        if (!code.includes('./poster.webp')) throw new Error('single-file build: the poster reference was not found');
        code = code.replaceAll('./poster.webp', poster);
        // Nothing inside the inline script may close it.
        code = code.replace(/<\/(script)/gi, '<\\/$1');
        const hash = createHash('sha256').update(code).digest('base64');
        const icon = `data:image/svg+xml;base64,${readFileSync('public/favicon.svg').toString('base64')}`;

        let page = String(html.source)
          .replace(/<script type="module"[^>]*src="[^"]*"><\/script>/, () => `<script type="module">${code}</script>`)
          .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
          // The normal build's "serve me" note for file://; this page does run from disk.
          .replace(/<script src="\.\/boot-check\.js"><\/script>\s*/, '')
          .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${css.map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n')}</style>`)
          .replace(/href="\.\/favicon\.svg"/, `href="${icon}"`)
          .replace(/script-src 'self'/, `script-src 'sha256-${hash}'`)
          .replace(/worker-src 'self' blob:/, 'worker-src blob:');
        if (/src="\.\/|href="\.\/assets/.test(page)) throw new Error('single-file build: a file is still referenced');

        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({ type: 'asset', fileName: 'lobule.html', source: page });
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), threeSteadyFrame(), threeStdlibEventDispatcher(), inlineEverything()],
  resolve: { alias: DEPENDENCY_ALIASES },
  worker: { format: 'es' },
  publicDir: false,
  build: {
    outDir: 'dist-single',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 4000,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
