/** Koa middleware for the test server: pages the embedding tests load with particular response headers. */

const strictContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'";

export const testServerMiddleware = [
  async function strictCspForCspFixtures(context, next) {
    await next();
    if (context.path.endsWith('/test/embedding/fixtures/csp.html')) {
      context.set('Content-Security-Policy', strictContentSecurityPolicy);
    }
  },
];
