import type { StorybookConfig } from '@storybook/web-components-vite';

const prebundledDependencies = [
  'lit',
  'lit/decorators.js',
  'lit/directive.js',
  'lit/async-directive.js',
  'lit/directive-helpers.js',
  'lit/static-html.js',
  'lit/directives/*.js',
  '@floating-ui/dom',
  '@wc-toolkit/storybook-helpers',
];

/**
 * Storybook for designers: every element and state, with controls and docs generated from the custom elements
 * manifest (dist/custom-elements.json, written by `npm run build:manifest` before Storybook starts).
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    // The build machines have no network; telemetry would only time out.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // The theme toolbar sets the page background to match the elements; a second background picker would fight it.
  features: { backgrounds: false },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    // The elements use `experimentalDecorators` with `useDefineForClassFields: false` (see tsconfig.json); esbuild
    // must compile them the same way, and needs es2022 for class fields and `accessor`.
    const target = 'es2022';
    const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } };
    return {
      ...viteConfig,
      esbuild: { ...viteConfig.esbuild, target, tsconfigRaw },
      // Storybook's own bundles (axe, the docs blocks) exceed Vite's 500 kB hint; none of that ships to users.
      build: { ...viteConfig.build, target, chunkSizeWarningLimit: 2000 },
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // Pre-bundled up front: a dependency found mid-run makes Vite reload the page, which breaks the story tests
        // and loads a second copy of Lit.
        include: [...(viteConfig.optimizeDeps?.include ?? []), ...prebundledDependencies],
        esbuildOptions: { ...viteConfig.optimizeDeps?.esbuildOptions, target, tsconfigRaw },
      },
    };
  },
};

export default config;
