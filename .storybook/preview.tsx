import { useEffect } from 'react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { RolekitProvider } from '../src';
import { zhCN } from '../src/locales/zh-CN';
import '../src/styles.css';
import { AXE_SPEC } from '../tests/support/axeRules';

/**
 * Theme, direction and locale for every story, from the toolbar or a story's
 * `globals`. The wrapper carries them the way a host page would: data-rk-theme and
 * dir on an ancestor, the locale through RolekitProvider.
 */
const withHost: Decorator = (Story, context) => {
  const theme = (context.globals.theme as string | undefined) ?? 'light';
  const dir = (context.globals.dir as string | undefined) ?? 'ltr';
  const locale = (context.globals.locale as string | undefined) ?? 'en';
  const background = theme === 'dark' ? '#0f172a' : '#ffffff';
  // A story alone owns the whole canvas; on a docs page it is one block among many.
  const ownsCanvas = context.viewMode === 'story';
  return (
    // The way a host switches language: the locale for Intl, and the shipped zh-CN labels.
    <RolekitProvider locale={locale} labels={locale === 'zh-CN' ? zhCN : undefined}>
      {ownsCanvas && <CanvasBackground color={background} />}
      <div
        data-rk-theme={theme}
        dir={dir}
        lang={locale}
        className="rk-story-host"
        style={{
          // A dark host page is dark for its own markup too (story headings, host
          // state readouts, links): its text colour and colour scheme follow the theme.
          background,
          color: theme === 'dark' ? '#e5e7eb' : '#1f2937',
          colorScheme: theme === 'dark' ? 'dark' : 'light',
          padding: '1rem',
          boxSizing: 'border-box',
          // `100%` resolves against #storybook-root, which is only as tall as the story:
          // a short dark story left a white band below it. The viewport is the canvas.
          minHeight: ownsCanvas ? '100vh' : undefined,
        }}
      >
        <Story />
      </div>
    </RolekitProvider>
  );
};

/**
 * Paints the iframe's own page in the theme: the host div covers the viewport, but a
 * story wider than it (a chart scrolled sideways) or an overscroll bounce would show
 * the white body behind. Restored when the theme or the story changes.
 */
function CanvasBackground({ color }: { color: string }) {
  useEffect(() => {
    const { style } = document.documentElement;
    const previous = style.backgroundColor;
    style.backgroundColor = color;
    return () => {
      style.backgroundColor = previous;
    };
  }, [color]);
  return null;
}

const preview: Preview = {
  decorators: [withHost],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    dir: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'zh-CN'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    // The role explorer opens first: Storybook shows the first story of the sorted sidebar.
    options: {
      storySort: {
        order: ['Introduction', ['Role explorer', ['Role explorer', '*'], 'How the explorer is built', 'Overview', 'Theming', '*'], 'Components', '*'],
      },
    },
    controls: { expanded: true },
    // Every story is an accessibility test: an axe violation fails `npm test`. The one
    // rule narrowed for the chart's nodes is explained (and replaced) in AXE_SPEC's file.
    a11y: { test: 'error', config: AXE_SPEC },
  },
  tags: ['autodocs'],
};

export default preview;
