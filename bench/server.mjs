/**
 * The benchmark's static server: the production build, plus the floor page, on a free loopback
 * port. Text files travel compressed as Boom's own server sends them (`npm start`,
 * server/workshop-server.ts): the build's Brotli copy when the browser takes Brotli (Chromium
 * does from this machine), else its gzip copy; a file the build wrote no copy of (the floor's) is
 * gzipped here (Lighthouse judges what travels).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest', '.map', '.txt']);

/** Whether an Accept-Encoding header takes `encoding` (listed, and not with q=0), as Boom's server reads it. */
function takes(header, encoding) {
  return header.split(',').some((part) => {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='));
    return name === encoding && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

/** The floor page's files, served from bench/ beside the build. */
const FLOOR_FILES = new Set(['/floor.html', '/floor.js', '/floor.css']);

/**
 * Starts serving `buildDir` (and `floorDir`'s floor files) with the given headers on every
 * response. Resolves to { url, close }.
 */
export async function serve({ buildDir, floorDir, headers }) {
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = FLOOR_FILES.has(path) ? join(floorDir, path) : inside(buildDir, path === '/' ? '/index.html' : path);
    let body;
    try {
      body = file ? await readFile(file) : null;
    } catch {
      body = null;
    }
    const extension = extname(file ?? '');
    if (body === null) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const accepted = request.headers['accept-encoding'] ?? '';
    let encoding = null;
    for (const [name, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ]) {
      if (!takes(accepted, name)) continue;
      const copy = await readFile(file + suffix).catch(() => null);
      if (copy) {
        [encoding, body] = [name, copy];
        break;
      }
    }
    if (!encoding && COMPRESSED.has(extension) && takes(accepted, 'gzip')) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      [encoding, body] = ['gzip', gzipped.get(file)];
    }
    response.writeHead(200, {
      ...headers,
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      ...(COMPRESSED.has(extension) ? { Vary: 'Accept-Encoding' } : {}),
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The file under `root` a URL path names, or null for a path that climbs out of it. */
function inside(root, path) {
  const file = normalize(join(root, path));
  return file.startsWith(normalize(root) + sep) ? file : null;
}
