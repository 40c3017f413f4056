/**
 * The benchmark's local server: generated pages at `/bench/<name>.html`, and the files of `/bench/pages/`, `/dist/`
 * and `/demo/`, never cached; scripts from dist/ end with a comment that differs on every load. Nothing outside
 * those folders is served.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The demo's pages get the strict Content-Security-Policy that `npm start` serves them with (scripts/start.mjs), so
 * Lighthouse's best-practices audits and the console see the page as a careful site owner would serve it.
 */
const demoContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Thrown for a path that is not valid percent-encoding, and answered with 400. */
class BadRequest extends Error {}

function staticFile(repoRoot, pathname) {
  const mounts = { '/bench/pages/': 'bench/pages', '/dist/': 'dist', '/demo/': 'demo' };
  const mount = Object.keys(mounts).find((prefix) => pathname.startsWith(prefix));
  if (!mount) return undefined;
  const base = resolve(repoRoot, mounts[mount]);
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(mount.length));
  } catch {
    throw new BadRequest('malformed percent-encoding in the path');
  }
  const file = normalize(join(base, relative || 'index.html'));
  return file.startsWith(base + sep) ? file : undefined;
}

/** Starts the server on a free port; resolves with `{ origin, close() }`. */
export async function startServer(repoRoot, pages) {
  let loads = 0;
  const server = createServer(async (request, response) => {
    const url = request.url ?? '/';
    const headers = { 'cache-control': 'no-store' };
    try {
      if (url === '/favicon.ico') {
        response.writeHead(204, headers);
        response.end();
        return;
      }
      const generated = pages.render(url);
      if (generated !== undefined) {
        response.writeHead(200, { ...headers, 'content-type': contentTypes['.html'] });
        response.end(generated);
        return;
      }
      const file = staticFile(repoRoot, new URL(url, 'http://bench.invalid').pathname);
      if (!file) throw Object.assign(new Error('outside the served folders'), { code: 'ENOENT' });
      let body = await readFile(file);
      if (file.endsWith('.js') && file.includes(`${sep}dist${sep}`)) {
        // Byte-distinct code per load, so a browser process never reuses the compilation of an earlier load.
        loads += 1;
        body = Buffer.concat([body, Buffer.from(`\n// bench load ${loads}\n`)]);
      }
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      const csp = url.startsWith('/demo/') && type === contentTypes['.html'] ? { 'content-security-policy': demoContentSecurityPolicy } : {};
      response.writeHead(200, { ...headers, ...csp, 'content-type': type });
      response.end(body);
    } catch (error) {
      const status = error instanceof BadRequest ? 400 : error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500;
      response.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      response.end(status === 400 ? 'Bad request' : status === 404 ? 'Not found' : String(error));
    }
  });
  await new Promise((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(resolveClose);
      }),
  };
}
