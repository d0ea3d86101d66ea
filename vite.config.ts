/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pageStringsId, pageStringsJson } from './src/i18n/page-strings.js';

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
 *
 * The app's first module (app/early-start) is in it too. It was an entry of its own, which the page
 * ran as soon as it came, to ask for the language's strings and a saved canvas's code while the rest
 * was on its way. The strings are now in the page (appStringsInPage), and as one more request on a
 * slow line it held the first screen's code back (Lighthouse's simulated slow 4G: LCP about 1.6 s
 * with it, 1.5 s without); a returning visitor's code comes from the offline worker's cache.
 *
 * The same for what a saved canvas waits for beside it (app/early-start): the code that draws notes
 * (with a note's votes), and the document reader with the backup reminder. Each came as nine or
 * ten small files, and a saved canvas showed only once the last had come.
 */
function chunkGroups() {
  const groups: { name: string; starts: string[]; modules: Set<string> }[] = [
    { name: 'first-screen', starts: [], modules: new Set() },
    { name: 'notes', starts: ['/src/features/canvas/notes-parts.ts', '/src/features/voting/NoteVotes.tsx'], modules: new Set() },
    { name: 'saved-canvas', starts: ['/src/persistence/canvas-document.ts', '/src/app/backup-reminder.ts'], modules: new Set() },
  ];
  const plugin: Plugin = {
    name: 'boom-chunk-groups',
    apply: 'build',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const taken = new Set<string>();
      for (const group of groups) {
        const stack =
          group.starts.length === 0
            ? ids.filter((id) => this.getModuleInfo(id)?.isEntry)
            : ids.filter((id) => group.starts.some((start) => id.endsWith(start)));
        if (group.starts.length > 0 && stack.length !== group.starts.length)
          this.error(`chunk group ${group.name}: not every start was found`);
        while (stack.length > 0) {
          const id = stack.pop()!;
          if (taken.has(id)) continue;
          taken.add(id);
          group.modules.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
      }
    },
  };
  return { plugin, groups: groups.map(({ name, modules }) => ({ name, test: (id: string) => modules.has(id) })) };
}

const chunks = chunkGroups();

/** The languages Boom speaks (src/i18n/languages.ts), each with its strings under locales/. */
const LANGUAGES = ['en', 'fa'] as const;

/**
 * Each language's app strings (locales/<language>/app.json), written into the page as JSON data
 * blocks, which are never run (so the Content-Security-Policy has no say) and which
 * i18n/page-strings reads. As a chunk of their own they were one more request sharing a slow line
 * with the first screen's code, asked for only once the app's first module had come and run: on
 * Lighthouse's simulated slow 4G they held the first screen back by about 0.2 s. Both languages,
 * about 3 KB each compressed: the page still comes in its first round trip, and a switch of
 * language fetches nothing.
 */
function appStringsInPage(): Plugin {
  return {
    name: 'boom-app-strings-in-page',
    apply: 'build',
    transformIndexHtml: () =>
      LANGUAGES.map((language) => ({
        tag: 'script',
        attrs: { type: 'application/json', id: pageStringsId(language) },
        children: pageStringsJson(JSON.parse(readFileSync(join('locales', language, 'app.json'), 'utf8')) as object),
        // After the page's code and stylesheet: the browser finds those first.
        injectTo: 'body',
      })),
  };
}

/**
 * Boom's icon (public/favicon.svg) as a data: address, written into the page as its icon and
 * drawn by the header (`__BOOM_LOGO__`): fetched as a file, it was one more request sharing a slow
 * line with the first screen's code. The file stays, for the manifests.
 */
const LOGO = `data:image/svg+xml,${encodeURIComponent(readFileSync('public/favicon.svg', 'utf8').trim())}`;

function inlineFavicon(): Plugin {
  return {
    name: 'boom-inline-favicon',
    // Before Vite's own handling of the page, which would rewrite the address under another base.
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const linked = html.replace(
          /(<link rel="icon"[^>]*\shref=")\/favicon\.svg(")/,
          (_link, before: string, after: string) => `${before}${LOGO}${after}`,
        );
        if (linked === html) throw new Error('index.html no longer links /favicon.svg as its icon');
        return linked;
      },
    },
  };
}

/** The colour of Boom's header (and its icon): the installed app's title bar. */
const THEME_COLOR = '#1e3a5f';
/** The page's own background: what an installed app shows while it starts. */
const BACKGROUND_COLOR = '#f3f0e8';

/**
 * The web app manifests that make Boom installable, one per language (`manifest.en.webmanifest`,
 * `manifest.fa.webmanifest`): the page links the one of the language it shows (src/app/app-update.ts), so it
 * installs under its name in that language, right to left in Persian. Names come from the
 * locales (`app.json`'s short name, `manifest.json`'s full name and description).
 */
function webAppManifests(): Plugin {
  const manifest = (language: (typeof LANGUAGES)[number]) => {
    const strings = JSON.parse(readFileSync(`locales/${language}/manifest.json`, 'utf8')) as Record<string, string>;
    return {
      id: '/',
      name: strings.name,
      short_name: strings.shortName,
      description: strings.description,
      lang: language,
      dir: language === 'fa' ? 'rtl' : 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      categories: ['business', 'productivity'],
      icons: [
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    };
  };
  const source = (language: (typeof LANGUAGES)[number]) => `${JSON.stringify(manifest(language), null, 2)}\n`;
  return {
    name: 'boom-web-app-manifests',
    generateBundle() {
      for (const language of LANGUAGES)
        this.emitFile({ type: 'asset', fileName: `manifest.${language}.webmanifest`, source: source(language) });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const language = LANGUAGES.find((code) => request.url?.split('?')[0] === `/manifest.${code}.webmanifest`);
        if (!language) return next();
        response.setHeader('Content-Type', 'application/manifest+json; charset=utf-8');
        response.end(source(language));
      });
    },
  };
}

/**
 * Which build of Boom this is, as tabs tell each other (src/persistence/sync/tab-versions): the
 * deployment's own label (`BOOM_VERSION=…`, say a release or commit) or else a digest of the
 * sources, so two builds of the same sources agree and any change makes a new one.
 */
function buildId(): string {
  if (process.env.BOOM_VERSION) return process.env.BOOM_VERSION;
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else hash.update(path).update(readFileSync(path));
  };
  for (const path of ['src', 'locales', 'public', 'index.html', 'package-lock.json', 'vite.config.ts']) add(path);
  return hash.digest('hex').slice(0, 12);
}

/**
 * The service worker (vite-plugin-pwa's generateSW, Workbox): it keeps every file of the built app
 * (all code, both languages' strings and fonts, the icons and manifests), so Boom opens and works
 * with no network once visited, and an update waits until the user accepts it ("Reload to
 * update", src/app/app-update). Registered from the app's own code once the first screen is on screen: no
 * inline script, so the CSP stands. Any page address opens the app (share and room links), but
 * the workshop server's traffic (`/api`, `/workshop`) and the published schema are never kept or
 * answered by the worker: they go to the network as if it were not there.
 */
function offlineApp() {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,woff2,svg,png,webmanifest}'],
      navigateFallback: '/index.html',
      navigateFallbackDenylist: [/^\/api\//u, /^\/workshop/u, /^\/schema\//u],
      cleanupOutdatedCaches: true,
      // On a first visit the page is served by the worker as soon as it is ready: going offline
      // before a reload, its panels still open. (An update waits for "Reload to update" all the same.)
      clientsClaim: true,
      // Nothing is cached at run time: only the app's own files, known at build time.
      runtimeCaching: [],
    },
  });
}

/** The built files worth compressing: text (fonts and images are compressed already; source maps are for developer tools). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.txt']);
/** Smaller files gain next to nothing from it. */
const COMPRESS_FROM_BYTES = 512;

/**
 * Each built text file also compressed, beside it: `.br` (Brotli, at its best) and `.gz` (gzip),
 * which Boom's own server (`npm start`, server/workshop-server.ts) sends to a browser that takes
 * them, as a static host would. Done once here, at its slowest and smallest, rather than for each
 * request: the workshop server also relays rooms. Browsers take Brotli only over HTTPS and from
 * this machine; a phone on the room's Wi-Fi (plain http) gets gzip. Hand-written with node:zlib:
 * the compression plugins add options, not compression.
 */
function precompressed(): Plugin {
  let outDir = 'dist';
  return {
    name: 'boom-precompressed',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      // After the offline worker's files are written (vite-plugin-pwa writes them as the bundle closes).
      order: 'post',
      sequential: true,
      async handler(error) {
        if (error) return;
        const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile() && COMPRESSIBLE.has(extname(entry.name)))
          .map((entry) => join(entry.parentPath, entry.name));
        await Promise.all(
          files.map(async (file) => {
            const body = await readFile(file);
            if (body.length < COMPRESS_FROM_BYTES) return;
            const [brotli, gzipped] = await Promise.all([
              promisify(brotliCompress)(body, {
                params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
              }),
              promisify(gzip)(body, { level: zlib.Z_BEST_COMPRESSION }),
            ]);
            await Promise.all([writeFile(`${file}.br`, brotli), writeFile(`${file}.gz`, gzipped)]);
          }),
        );
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    publishJsonSchema(),
    contentSecurityPolicy(),
    chunks.plugin,
    appStringsInPage(),
    inlineFavicon(),
    webAppManifests(),
    offlineApp(),
    precompressed(),
  ],
  define: { __BOOM_BUILD__: JSON.stringify(buildId()), __BOOM_LOGO__: JSON.stringify(LOGO) },
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
    modulePreload: {
      polyfill: false,
      // A chunk that imports nothing (a feature's strings, say) is asked for at once too. Vite
      // lists a dynamic import's own chunk only beside others, and an import asked for while the
      // first screen's code is being run waits until all of it has run (a tenth of a second on a
      // first visit) before the chunk is even requested.
      resolveDependencies: (file, deps) => (deps.length > 0 ? deps : [file]),
    },
    sourcemap: true,
    rolldownOptions: {
      // A group holds its own modules only, not every module they import: what the notes' code or
      // the document reader shares with the first screen stays in the first screen's chunk.
      output: { codeSplitting: { groups: chunks.groups, includeDependenciesRecursively: false } },
    },
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
