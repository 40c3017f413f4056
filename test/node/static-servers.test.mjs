import assert from 'node:assert/strict';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { startServer } from '../../bench/server.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The status of a GET for `path`, sent exactly as written (no client-side normalisation of `..` or `%`). */
function statusOf(origin, path) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const outgoing = request({ hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const badPaths = {
  '/%E0%A4%A': 400,
  '/dist/%E0%A4%A': 400,
  '/%': 400,
  '/../package.json': 404,
  '/dist/../package.json': 404,
  '/%2e%2e/package.json': 404,
  '/dist/%2e%2e/package.json': 404,
  '/..%2fpackage.json': 404,
};

test('the demo server answers 400 to malformed percent-encoding and 404 outside its folders, and keeps serving', async () => {
  const server = await serveStatic({ roots: { '/dist/': `${root}dist`, '/': `${root}demo` } });
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    for (const [path, status] of Object.entries(badPaths)) {
      assert.equal(await statusOf(origin, path), status, path);
    }
    assert.equal(await statusOf(origin, '/'), 200, 'the demo page, after the bad requests');
    assert.equal(await statusOf(origin, '/dist/care-level-widgets.js'), 200);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('the bench server answers 400 to malformed percent-encoding and 404 outside its folders, and keeps serving', async () => {
  const server = await startServer(root, { render: () => undefined });
  try {
    // The bench server serves nothing at the root: a bad path there is simply not found.
    const benchPaths = { ...badPaths, '/%E0%A4%A': 404, '/%': 404, '/demo/%E0%A4%A': 400, '/bench/pages/%E0%A4%A': 400 };
    for (const [path, status] of Object.entries(benchPaths)) {
      assert.equal(await statusOf(server.origin, path), status, path);
    }
    assert.equal(await statusOf(server.origin, '/demo/index.html'), 200, 'a demo page, after the bad requests');
    assert.equal(await statusOf(server.origin, '/dist/care-level-widgets.js'), 200);
  } finally {
    await server.close();
  }
});
