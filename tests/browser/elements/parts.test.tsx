import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { defineRolekitElements } from '../../../src/elements';
import { salesOrg } from '../../../src/examples';

// The page's own stylesheet, as a portal writes it: ::part() reaches into the shadow root;
// a selector for rolekit's classes does not.
const PAGE_CSS = `
  rolekit-org-chart::part(node) { background-color: rgb(255, 240, 200); border-color: rgb(200, 0, 0); }
  rolekit-org-chart::part(toolbar) { outline: 3px solid rgb(0, 0, 200); }
  rolekit-role-card::part(card) { background-color: rgb(230, 255, 230); }
  rolekit-responsibility-checklist::part(checklist-group) { border-inline-start: 4px solid rgb(0, 128, 0); }
  rolekit-workflow-stepper::part(phase) { text-transform: uppercase; }
  .rk-org-chart-card { background-color: rgb(0, 0, 0); }
`;

beforeAll(() => {
  defineRolekitElements();
});

afterEach(() => {
  document.body.replaceChildren();
  document.head.querySelector('style[data-page]')?.remove();
});

describe('::part() from the host page', () => {
  describe('given a page stylesheet with ::part(node)', () => {
    it('restyles every node of the chart', async () => {
      addPageCss();
      const chart = mount('rolekit-org-chart');
      const nodes = await parts(chart, 'node');
      for (const node of nodes) {
        const style = getComputedStyle(node);
        expect(style.backgroundColor).toBe('rgb(255, 240, 200)');
        expect(style.borderTopColor).toBe('rgb(200, 0, 0)');
      }
    });

    it("leaves the page's class selectors outside", async () => {
      addPageCss();
      const chart = mount('rolekit-org-chart');
      const [node] = await parts(chart, 'node');
      expect(getComputedStyle(node!).backgroundColor).not.toBe('rgb(0, 0, 0)');
    });

    it('restyles the toolbar', async () => {
      addPageCss();
      const [toolbar] = await parts(mount('rolekit-org-chart'), 'toolbar');
      expect(toolbar!.getAttribute('role')).toBe('toolbar');
      expect(getComputedStyle(toolbar!).outlineColor).toBe('rgb(0, 0, 200)');
    });
  });

  describe('given no page stylesheet', () => {
    it("draws the node in rolekit's own colours", async () => {
      const [node] = await parts(mount('rolekit-org-chart'), 'node');
      expect(getComputedStyle(node!).backgroundColor).not.toBe('rgb(255, 240, 200)');
    });
  });

  it('takes :hover after ::part(), but no attribute selector (states stay inside)', () => {
    expect(CSS.supports('selector(rolekit-org-chart::part(node):hover)')).toBe(true);
    expect(CSS.supports('selector(rolekit-org-chart::part(node)[data-selected])')).toBe(false);
  });

  it('restyles the role card', async () => {
    addPageCss();
    const [card] = await parts(mount('rolekit-role-card'), 'card');
    expect(getComputedStyle(card!).backgroundColor).toBe('rgb(230, 255, 230)');
  });

  it('restyles each checklist group', async () => {
    addPageCss();
    const groups = await parts(mount('rolekit-responsibility-checklist'), 'checklist-group');
    expect(groups.length).toBeGreaterThan(1);
    expect(getComputedStyle(groups[0]!).borderInlineStartColor).toBe('rgb(0, 128, 0)');
  });

  it('restyles each workflow phase', async () => {
    addPageCss();
    const phases = await parts(mount('rolekit-workflow-stepper'), 'phase');
    expect(phases.length).toBeGreaterThan(1);
    expect(getComputedStyle(phases[0]!).textTransform).toBe('uppercase');
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

function addPageCss() {
  const style = document.createElement('style');
  style.dataset.page = '';
  style.textContent = PAGE_CSS;
  document.head.append(style);
}

function mount(tag: 'rolekit-org-chart' | 'rolekit-role-card' | 'rolekit-responsibility-checklist' | 'rolekit-workflow-stepper') {
  const element = document.createElement(tag);
  element.org = salesOrg;
  if (tag === 'rolekit-org-chart') element.setAttribute('height', '400');
  else element.setAttribute('role-id', 'assistant-sales-director');
  document.body.append(element);
  return element;
}

async function parts(host: HTMLElement, name: string): Promise<HTMLElement[]> {
  return waitFor(() => {
    const found = [...(host.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
    expect(found.length).toBeGreaterThan(0);
    return found;
  });
}
