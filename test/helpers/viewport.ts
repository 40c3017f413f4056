import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Sets the size of the page's viewport in every engine: @web/test-runner's setViewport has no WebDriver support, so
 * WebKit's window is resized through the resize-viewport command in web-test-runner.config.mjs. WebKitGTK's window
 * cannot be narrower than about 450 px: narrower pages use test/helpers/narrow-page.ts.
 */
export async function resizeViewport(width: number, height: number): Promise<void> {
  await executeServerCommand('resize-viewport', { width, height });
}
