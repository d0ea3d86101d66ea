/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';

/**
 * Publishes the JSON Schema of Boom files, generated from the zod schema at build time (see
 * src/domain/json-schema.ts), with the built site and the dev server.
 */
function publishJsonSchema(): Plugin {
  const generate = async () => {
    const { module } = await runnerImport<typeof import('./src/domain/json-schema')>('/src/domain/json-schema.ts', {
      configFile: false,
    });
    return { paths: module.JSON_SCHEMA_PATHS as readonly string[], source: `${JSON.stringify(module.canvasJsonSchema(), null, 2)}\n` };
  };
  return {
    name: 'boom-json-schema',
    async generateBundle() {
      const { paths, source } = await generate();
      for (const fileName of paths) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (!path.startsWith('schema/')) return next();
        generate().then(({ paths, source }) => {
          if (!paths.includes(path)) return next();
          response.setHeader('Content-Type', 'application/schema+json; charset=utf-8');
          response.end(source);
        }, next);
      });
    },
  };
}

/**
 * The workshop server of an editor hosted apart from it (`VITE_WORKSHOP_SERVER=https://rooms.example.org
 * npm run build`): its origin, over http(s) and ws(s). Unset, the editor's own origin serves the rooms.
 */
function workshopServerOrigins(): string[] {
  const configured = process.env.VITE_WORKSHOP_SERVER;
  if (!configured) return [];
  const url = new URL(configured);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('VITE_WORKSHOP_SERVER must be an http(s) address');
  return [url.origin, url.origin.replace(/^http/u, 'ws')];
}

/**
 * What the built app may load and run: its own files only. No inline script and no eval (React
 * sets styles through the DOM, not inline markup); images and fonts may also be data or blob URLs
 * (the PNG export draws the canvas into one). `base-uri 'self'` because the PNG export's library
 * adds a <base> of this origin while it draws. It may connect to its own origin (where rooms are
 * served by default) and to a workshop server it was built for, nothing else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  ["connect-src 'self' data: blob:", ...workshopServerOrigins()].join(' '),
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The policy, in the built page (a <meta>, so it holds wherever the files are served) and as a
 * header of `vite preview`. Not in the dev server, whose hot reload needs an inline script.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'boom-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Puts every module the first screen runs (all that the entry imports, statically, at any depth)
 * in one chunk. Left alone, the bundler splits them into a score of small chunks wherever a lazy
 * feature shares a module with the first screen, and each compresses on its own: about 6 KB more
 * gzipped on first load. Lazy features import what they share from this chunk.
 */
function firstScreenChunk() {
  const firstScreen = new Set<string>();
  const plugin: Plugin = {
    name: 'boom-first-screen-chunk',
    apply: 'build',
    buildEnd() {
      const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (firstScreen.has(id)) continue;
        firstScreen.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, group: { name: 'first-screen', test: (id: string) => firstScreen.has(id) } };
}

const firstScreen = firstScreenChunk();

export default defineConfig({
  plugins: [react(), publishJsonSchema(), contentSecurityPolicy(), firstScreen.plugin],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@locales': fileURLToPath(new URL('./locales', import.meta.url)),
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // `npm run dev` runs a workshop server beside the editor (scripts/dev.mjs); rooms go to it.
    proxy: {
      '/api': `http://127.0.0.1:${process.env.WORKSHOP_PORT ?? 8788}`,
      '/workshop': { target: `ws://127.0.0.1:${process.env.WORKSHOP_PORT ?? 8788}`, ws: true },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` } },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: [firstScreen.group] } } },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'server/tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // No test is about speed (the benchmark is): a busy machine may take many times the usual.
    testTimeout: 30_000,
  },
});
