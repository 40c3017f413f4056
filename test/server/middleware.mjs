/** Koa middleware for the test server: pages the embedding tests load with particular response headers. */
import { readFile } from 'node:fs/promises';
import { prerenderedPage, prerenderedPagePath } from '../ssr/prerendered-page.mjs';

const strictContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The files only the configuration checker needs, as chunks/files.json lists them. */
async function checkerOnlyFiles() {
  const files = JSON.parse(await readFile(new URL('../../dist/chunks/files.json', import.meta.url), 'utf8'));
  return files.validate.filter((file) => !files['care-comparison'].includes(file)).map((file) => `chunks/${file}`);
}

export const testServerMiddleware = [
  // dist/ as a site owner copies it to a folder of their own (/test/copied-dist/), the script tag copied without
  // its chunks/ folder (/test/dist-without-chunks/), without the Spanish text (/test/dist-without-spanish/) or
  // without the configuration checker's own file (/test/dist-without-checker/): the loader must find its chunks from
  // its own URL, or say what is missing.
  async function copiedDist(context, next) {
    const match = context.path.match(
      /^\/test\/(copied-dist|dist-without-chunks|dist-without-spanish|dist-without-checker)\/((?:chunks\/)?[\w.-]+\.js)$/,
    );
    if (!match) return next();
    if (match[1] === 'dist-without-chunks' && match[2] !== 'care-level-widgets.js') return next();
    if (match[1] === 'dist-without-spanish' && match[2] === 'chunks/text-es.js') return next();
    if (match[1] === 'dist-without-checker' && (await checkerOnlyFiles()).includes(match[2])) return next();
    context.type = 'js';
    context.body = await readFile(new URL(`../../dist/${match[2]}`, import.meta.url));
  },
  // dist/ as a CDN serves it, with CORS, for test/ssr/'s hydrate script on another origin (127.0.0.1 beside the
  // tests' localhost): /test/cdn/ as built, /test/cdn-altered/ with the full hydrate file changed by one comment.
  async function cdnCopy(context, next) {
    const match = context.path.match(/^\/test\/(cdn|cdn-altered)\/([\w.-]+\.js)$/);
    if (!match) return next();
    const body = await readFile(new URL(`../../dist/${match[2]}`, import.meta.url), 'utf8');
    const altered = match[1] === 'cdn-altered' && match[2] === 'care-level-widgets-hydrate.full.js';
    context.set('Access-Control-Allow-Origin', '*');
    context.type = 'js';
    context.body = altered ? `${body}\n// altered\n` : body;
  },
  async function strictCspForCspFixtures(context, next) {
    await next();
    if (context.path.endsWith('/test/embedding/fixtures/csp.html')) {
      context.set('Content-Security-Policy', strictContentSecurityPolicy);
    }
  },
  // Every element pre-rendered by dist/ssr.js, for the tests in test/ssr/ (see test/ssr/prerendered-page.mjs).
  async function prerenderedPageRoute(context, next) {
    if (context.path !== prerenderedPagePath) return next();
    context.type = 'html';
    context.body = await prerenderedPage(new URLSearchParams(context.querystring));
  },
];
