// Builds a static site that runs from any sub-path (relative base) and makes no outside requests.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { DEPENDENCY_ALIASES, threeStdlibEventDispatcher } from './vite-plugins/dependency-aliases.ts';
import { threeSteadyFrame } from './vite-plugins/three-steady-frame.ts';

export default defineConfig({
  base: './',
  plugins: [react(), threeSteadyFrame(), threeStdlibEventDispatcher()],
  resolve: { alias: DEPENDENCY_ALIASES },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // three changes least often; keep it in its own long-cached chunk.
        codeSplitting: {
          groups: [
            { name: 'three', test: /node_modules[\\/]three[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  // Any origin may load the files: a frame sandboxed with only allow-scripts has no origin, and
  // loads ES modules only from servers that say so (the Embed snippet checks for this header).
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { 'Access-Control-Allow-Origin': '*' } },
  server: { host: '127.0.0.1' },
});
