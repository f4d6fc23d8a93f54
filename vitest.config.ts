import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// Browsers cannot be downloaded on every machine: run Playwright against whatever
// Chromium `npm test` found or installed (scripts/ensure-chromium.mjs).
const browser = (name: string, contextOptions: { reducedMotion?: 'reduce' } = {}) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    contextOptions,
  }),
  // Each browser project needs its own instance name, or Vitest sees two "browser (chromium)".
  instances: [{ browser: 'chromium' as const, name }],
  commands: { emulateMedia },
});

/**
 * `commands.emulateMedia('print' | null)` from a browser test: the page's CSS media, so a test
 * reads what print rules do to the page (what paper hides, shows and un-boxes) in real Chromium.
 */
const emulateMedia: BrowserCommand<[media: 'print' | 'screen' | null]> = async (ctx, media) => {
  await ctx.page.emulateMedia({ media });
};

/** Stories run with reduced motion: see the storybook project below. */
const SETTLED = { reducedMotion: 'reduce' as const };

export default defineConfig({
  plugins: [react()],
  // Pre-bundle what tests import, so Vite does not discover a dependency mid-run and
  // reload the browser (which fails the test that was running on a cold cache).
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', 'react-dom/server', 'react/jsx-runtime', 'd3-hierarchy', 'valibot', 'axe-core', '@radix-ui/react-accordion'],
  },
  test: {
    // axe over a full component in jsdom takes seconds on a loaded 2-core machine;
    // the default 5 s makes such tests flaky without making them any stricter.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/dom/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser-host',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/browser/setup.ts'],
          browser: browser('browser'),
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        // A story is checked (axe included) where it comes to rest. With motion, a play
        // function could end while the chart still glides to a node, and axe would judge
        // nodes half-way across the viewport's edge, whose clipped parts it counts as unseen
        // (a name/visible-text mismatch that no user meets). The glide itself is tested in
        // tests/browser (useViewport, the handle's promises).
        test: { name: 'storybook-host', browser: browser('storybook', SETTLED) },
      },
      {
        // Every story again in the dark theme, axe included (colour contrast above all):
        // the theme global is pinned for the run, so a story's own globals (dir, locale)
        // still apply on top of it.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { theme: 'dark' } })],
        test: { name: 'storybook-dark-host', browser: browser('storybook-dark', SETTLED) },
      },
    ],
  },
});
