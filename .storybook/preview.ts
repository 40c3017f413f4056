import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import '../src/define.js';
import './preview.css';
import { withStoryEnvironment } from './story-environment.js';

// Controls and docs come from the manifest generated from each element's JSDoc: one source of truth.
setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true });

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withStoryEnvironment],
  globalTypes: {
    locale: {
      description: 'Language the elements render in (sets lang on the story)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'es', right: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme (sets theme="light|dark" on every care-* element)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction (sets dir on the story)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', direction: 'ltr' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
    // Any axe violation fails the story's test, in the vitest run and in Storybook's test widget alike.
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Introduction', 'Embedding', 'Theming', 'Components'] },
    },
  },
};

export default preview;
