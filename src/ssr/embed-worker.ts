/**
 * The embed-code page's renderer (demo/embed.js): care-level-widgets/ssr in a Web Worker, built with Lit's server
 * builds (`node` export condition) into dist/demo/care-level-widgets-ssr-worker.js. A worker has no DOM, as a server
 * has none, so the page offers the same pre-rendered snippet the CLI writes, under a strict Content-Security-Policy
 * (the worker is a same-origin script). Not part of the npm package.
 */
import { renderElement } from './render-element.js';
import { CareRenderError, type CareElementTag, type RenderElementOptions } from './snippet.js';

interface RenderRequest {
  readonly id: number;
  readonly tag: CareElementTag;
  readonly options: RenderElementOptions;
}

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<RenderRequest>) => void): void;
  postMessage(message: unknown): void;
};

scope.addEventListener('message', ({ data: { id, tag, options } }) => {
  try {
    scope.postMessage({ id, html: renderElement(tag, options) });
  } catch (error) {
    const message = error instanceof CareRenderError ? error.message : `Could not render: ${String(error)}`;
    scope.postMessage({ id, error: message });
  }
});
