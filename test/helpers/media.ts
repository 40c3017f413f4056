import { executeServerCommand } from '@web/test-runner-commands';

/** A media feature to emulate, such as `{ name: 'forced-colors', value: 'active' }`. */
export interface MediaFeature {
  readonly name: string;
  readonly value: string;
}

/**
 * Emulates media features for the page (the `emulate-media-features` command in web-test-runner.config.mjs).
 * Resolves false in an engine that cannot emulate them: the caller skips its test there.
 */
export async function emulateMediaFeatures(features: readonly MediaFeature[]): Promise<boolean> {
  return Boolean(await executeServerCommand('emulate-media-features', { features }));
}
