/** Koa middleware for the test server (pages served with particular headers, for the embedding tests). */
export const testServerMiddleware = [];
