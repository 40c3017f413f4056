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

/**
 * The file a request path maps to: `{ file }`, or `{ status }` — 400 for a path that is not valid percent-encoding
 * (decodeURIComponent would throw), 404 for anything outside the roots or missing.
 */
function fileFor(urlPath, roots) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return { status: 400 };
  }
  const [prefix, root] = Object.entries(roots).find(([mount]) => path.startsWith(mount)) ?? [];
  if (!root) return { status: 404 };
  const base = resolve(root);
  let file = normalize(join(base, path.slice(prefix.length)));
  if (file !== base && !file.startsWith(base + sep)) return { status: 404 };
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? { file } : { status: 404 };
  } catch {
    return { status: 404 };
  }
}

const statusText = { 400: 'Bad request', 404: 'Not found', 500: 'Internal server error' };

function sendStatus(response, status) {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(statusText[status]);
}

/**
 * Starts serving and resolves with the listening server. `headers` are added to every HTML response (the demo's
 * Content-Security-Policy); `roots` maps URL prefixes to folders, longest prefix first.
 */
export function serveStatic({ port = 0, host = '127.0.0.1', roots = { '/dist/': 'dist', '/': 'demo' }, headers = {} } = {}) {
  const server = createServer((request, response) => {
    const { file, status } = fileFor(request.url ?? '/', roots);
    if (!file) {
      sendStatus(response, status);
      return;
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    const stream = createReadStream(file);
    // A file that vanished or cannot be read after the stat must not take the server down.
    stream.on('error', () => sendStatus(response, 500));
    stream.once('open', () => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(type.startsWith('text/html') ? headers : {}) });
      stream.pipe(response);
    });
  });
  return new Promise((resolvePromise) => server.listen(port, host, () => resolvePromise(server)));
}
