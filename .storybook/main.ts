import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // The "get started" checklist (sidebar widget and menu guide) is Storybook's own
  // onboarding, not rolekit's: in a library's docs it only pushes the stories down.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};

export default config;
