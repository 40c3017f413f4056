/** Koa middleware for the test server: pages the embedding tests load with particular response headers. */
import { prerenderedPage, prerenderedPagePath } from '../ssr/prerendered-page.mjs';

const strictContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";

export const testServerMiddleware = [
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
