import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { conformanceCases } from '../support/conformance';

// The conformance cases of tests/dom/conformance.test.tsx, on a server: every component renders
// where there is no window or document, its root already carrying what a host styles by.
// What each server render contains is pinned in tests/unit/ssr-<component>.test.tsx.
describe.each(conformanceCases)('$name on the server', (c) => {
  afterEach(() => vi.restoreAllMocks());

  it('renders without a window or document, with its root classes and slot', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(c.render({ className: 'host', id: 'host-id' }));
    const root = /^<([a-z]+)([^>]*)>/.exec(html);
    expect(root?.[1]?.toUpperCase()).toBe(c.tag);
    expect(root?.[2]).toContain(`class="${[...c.rootClasses, 'host'].join(' ')}"`);
    expect(root?.[2]).toContain(`data-slot="${c.rootSlot}"`);
    expect(root?.[2]).toContain('id="host-id"');
  });

  it('renders its error state there too', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(c.renderBroken());
    expect(html).toMatch(new RegExp(`^<[a-z]+[^>]*data-slot="${c.rootSlot}"`));
    expect(html).toContain('role="alert"');
  });
});
