import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { expectNoAxeViolations } from '../support/axe';
import { conformanceCases, unslottedParts } from '../support/conformance';

// Every component keeps the same promises (CONTRIBUTING, "Component conventions"): a host
// can treat any of them as the element it renders. Server rendering of the same cases is in
// tests/unit/ssr-conformance.test.tsx.
describe.each(conformanceCases)('$name, as any rolekit component', (c) => {
  it('is named in React DevTools', () => {
    expect(c.component.displayName).toBe(c.name);
  });

  it('forwards its ref to the root element', () => {
    const ref = createRef<HTMLElement>();
    const { container } = render(c.render({ ref }));
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current?.tagName).toBe(c.tag);
  });

  it('merges the host className last, after its own classes', () => {
    const { container } = render(c.render({ className: 'host-a host-b' }));
    const root = container.firstElementChild!;
    expect(root.className.split(/\s+/).slice(0, c.rootClasses.length)).toEqual(c.rootClasses);
    expect(root.className.split(/\s+/).slice(-2)).toEqual(['host-a', 'host-b']);
  });

  it('passes style and native props (id, data-*, aria-*) to the root', () => {
    const { container } = render(c.render({ style: { maxWidth: 480, marginBlock: 7 }, id: 'host-id', 'data-testid': 'host', 'aria-describedby': 'host-hint' }));
    const root = container.firstElementChild!;
    expect(root).toHaveStyle({ maxWidth: '480px', marginBlock: '7px' });
    expect(root).toHaveAttribute('id', 'host-id');
    expect(root).toHaveAttribute('data-testid', 'host');
    expect(root).toHaveAttribute('aria-describedby', 'host-hint');
  });

  it('names its root and every styled part with data-slot', () => {
    const { container } = render(c.render());
    expect(container.firstElementChild).toHaveAttribute('data-slot', c.rootSlot);
    expect(unslottedParts(container)).toEqual([]);
  });

  it('passes axe', async () => {
    const { container } = render(c.render());
    await expectNoAxeViolations(container);
  });

  describe('given data it cannot show', () => {
    beforeEach(() => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
    });
    afterEach(() => vi.restoreAllMocks());

    it('keeps its root and names the parts of its error state', () => {
      const { container } = render(c.renderBroken());
      expect(container.firstElementChild).toHaveAttribute('data-slot', c.rootSlot);
      expect(container.querySelector('[role="alert"]')).not.toBeNull();
      expect(unslottedParts(container)).toEqual([]);
    });

    it('passes axe', async () => {
      const { container } = render(c.renderBroken());
      await expectNoAxeViolations(container);
    });
  });
});
