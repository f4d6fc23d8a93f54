/**
 * A custom element's Storybook page: the element itself, as a React 19 host renders it
 * (rich values as properties, the rest as attributes), and the HTML a page without React
 * pastes to get the same, with the standalone script.
 */
import type { ReactNode } from 'react';
import { expect, waitFor } from 'storybook/test';
import { defineRolekitElements } from '../../src/elements';

// Defined before any story renders, so React 19 sets `org` as a property, not an attribute.
defineRolekitElements();

export interface ElementStoryProps {
  /** The HTML to copy. */
  snippet: string;
  children: ReactNode;
}

export function ElementStory({ snippet, children }: ElementStoryProps) {
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      {children}
      <section aria-label="HTML to copy">
        <h2 style={{ fontSize: '1rem', margin: 0 }}>HTML to copy</h2>
        {/* Wrapped, not scrolled: a scrolling region would need its own tab stop. */}
        <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0, padding: '0.75rem', border: '1px solid currentColor', borderRadius: 6 }}>
          <code>{snippet}</code>
        </pre>
      </section>
    </div>
  );
}

/** The snippet's first line: the standalone script, as README's "one script tag" has it. */
export const SCRIPT = '<script src="/static/rolekit.standalone.js" defer></script>';

/** Waits for `selector` inside the element's open shadow root (storybook/test's queries stop at it). */
export async function inShadow(canvasElement: HTMLElement, tag: string, selector: string): Promise<Element> {
  return waitFor(
    () => {
      const found = canvasElement.querySelector(tag)?.shadowRoot?.querySelector(selector);
      expect(found, `${selector} in <${tag}>`).toBeTruthy();
      return found!;
    },
    { timeout: 10_000 },
  );
}
