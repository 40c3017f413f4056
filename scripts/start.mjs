#!/usr/bin/env node
/**
 * `npm start`: builds the library, then serves the demo site — a treatment center's pages that embed the widgets by
 * script tag, exactly as a site owner would — on localhost, and prints its address. PORT picks the port.
 */
import { execFileSync } from 'node:child_process';
import { serveStatic } from './static-server.mjs';

execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

// The demo runs under the strict Content-Security-Policy a careful site owner would use, to show the widgets need
// no inline script, eval or inline style.
const server = await serveStatic({
  port: Number(process.env.PORT ?? 8080),
  headers: { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" },
});
const { port } = server.address();
console.log(`\ncare-level-widgets demo site: http://localhost:${port}/\n(embed code builder: http://localhost:${port}/embed.html)\nPress Ctrl+C to stop.`);
