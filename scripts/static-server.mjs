/**
 * A small static file server for the demo site and the benchmark: `/` serves demo/, `/dist/` serves the build.
 * Only files inside those two folders are ever served.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function fileFor(urlPath, roots) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  const [prefix, root] = Object.entries(roots).find(([mount]) => path.startsWith(mount)) ?? [];
  if (!root) return undefined;
  const base = resolve(root);
  let file = normalize(join(base, path.slice(prefix.length)));
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts serving and resolves with the listening server. `headers` are added to every HTML response (the demo's
 * Content-Security-Policy); `roots` maps URL prefixes to folders, longest prefix first.
 */
export function serveStatic({ port = 0, host = '127.0.0.1', roots = { '/dist/': 'dist', '/': 'demo' }, headers = {} } = {}) {
  const server = createServer((request, response) => {
    const file = fileFor(request.url ?? '/', roots);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(type.startsWith('text/html') ? headers : {}) });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => server.listen(port, host, () => resolvePromise(server)));
}
