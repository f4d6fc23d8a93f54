import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { act } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { OrgChart } from '../../../src';
import { salesOrg } from '../../../src/examples';
import '../../../src/styles.css';

describe('OrgChart hydration (real Chromium)', () => {
  let root: Root | undefined;
  let host: HTMLElement | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
  });

  describe('given server HTML of the chart', () => {
    it('hydrates without a mismatch, nothing moves, and the keys work', async () => {
      const errors = vi.spyOn(console, 'error');
      const element = (
        <div style={{ width: 900 }}>
          <OrgChart org={salesOrg} defaultExpandDepth={1} dir="ltr" height={400} />
        </div>
      );
      host = document.createElement('div');
      host.innerHTML = renderToString(element);
      document.body.append(host);
      const positions = () => [...host!.querySelectorAll<HTMLElement>('[role="treeitem"]')].map((el) => el.style.transform);
      const server = positions();

      await act(async () => {
        root = hydrateRoot(host!, element);
      });

      expect(errors).not.toHaveBeenCalled();
      expect(positions()).toEqual(server);
      const director = host.querySelector<HTMLElement>('[data-role-id="sales-director"]')!;
      director.focus();
      await userEvent.keyboard('{ArrowLeft}');
      expect(director).toHaveAttribute('aria-expanded', 'false');
    });
  });
});
