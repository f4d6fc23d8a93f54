import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { waitFor } from '@testing-library/react';
import { defineRolekitElements, rolekitElements } from '../../../src/elements';
import { generateOrg, salesOrg } from '../../../src/examples';
import { PDFDocument } from 'pdf-lib';
import type { Org } from '../../../src';
import { expectNoAxeViolations } from '../../support/axe';

// Served by Vitest's dev server from the project, as a portal would serve its org JSON (the
// standalone example's copy of salesOrg; tests/unit/elements.test.ts keeps the two equal).
const FIXTURE = '/examples/standalone/org.json';

beforeAll(() => {
  defineRolekitElements();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('defineRolekitElements', () => {
  it('registers every tag', () => {
    for (const tag of Object.keys(rolekitElements)) expect(customElements.get(tag)).toBe(rolekitElements[tag as keyof typeof rolekitElements]);
  });

  it('does nothing on a second call', () => {
    expect(() => defineRolekitElements()).not.toThrow();
  });

  it('leaves a tag another copy of the library defined first', () => {
    const registry = new CustomElementRegistry();
    class OtherCopy extends HTMLElement {}
    registry.define('rolekit-org-chart', OtherCopy);
    expect(() => defineRolekitElements(registry)).not.toThrow();
    expect(registry.get('rolekit-org-chart')).toBe(OtherCopy);
    expect(registry.get('rolekit-role-card')).toBe(rolekitElements['rolekit-role-card']);
  });
});

describe('<rolekit-org-chart>', () => {
  describe('given the org as a property', () => {
    it('draws the tree inside an open shadow root', async () => {
      const chart = mountChart();
      const tree = await treeOf(chart);
      expect(tree.getAttribute('aria-label')).toBe('Northwind Sales org chart');
      expect(chart.shadowRoot!.querySelectorAll('[role="treeitem"]').length).toBeGreaterThan(3);
    });

    it('has no axe violations inside the shadow root', async () => {
      const chart = mountChart();
      await treeOf(chart);
      // Fitted, as the React chart's tests check it: a card the viewport's edge cuts through
      // is a name/visible-text mismatch to axe, in or out of a shadow root.
      await chart.fit();
      await expectNoAxeViolations(chart);
      chart.setAttribute('view', 'list');
      await waitFor(() => expect(chart.shadowRoot!.querySelector('[data-view="list"]')).not.toBeNull());
      await expectNoAxeViolations(chart);
    });

    it('sends rolekit-ready once it has rendered', async () => {
      const chart = document.createElement('rolekit-org-chart');
      const ready = nextEvent(document, 'rolekit-ready');
      chart.org = salesOrg;
      document.body.append(chart);
      const event = await ready;
      expect(event.target).toBe(chart);
    });
  });

  describe('given an inline JSON child', () => {
    it('draws the org it holds, with no request', async () => {
      document.body.innerHTML = `<rolekit-org-chart><script type="application/json">${JSON.stringify(salesOrg)}</script></rolekit-org-chart>`;
      const chart = document.querySelector('rolekit-org-chart')!;
      const tree = await treeOf(chart);
      expect(tree.querySelector('[role="treeitem"]')?.textContent).toContain('Sales Director');
    });

    it('reports JSON that does not parse', async () => {
      const errors = nextEvent(document, 'rolekit-error');
      document.body.innerHTML = `<rolekit-org-chart><script type="application/json">{ nope</script></rolekit-org-chart>`;
      const chart = document.querySelector('rolekit-org-chart')!;
      const { detail } = await errors;
      expect(detail.issues[0]?.message).toMatch(/^inline JSON:/);
      await waitFor(() => expect(chart.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull());
    });
  });

  describe('given a src', () => {
    it('is loading, then draws the fetched org', async () => {
      const chart = document.createElement('rolekit-org-chart');
      chart.setAttribute('src', FIXTURE);
      document.body.append(chart);
      const base = chart.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('data-state')).toBe('loading');
      expect(chart.matches(':state(loading)')).toBe(true);
      const tree = await treeOf(chart);
      expect(tree.getAttribute('aria-label')).toBe('Northwind Sales org chart');
      expect(base.getAttribute('data-state')).toBe('ready');
      expect(chart.matches(':state(ready)')).toBe(true);
    });

    it('shows an alert and sends rolekit-error when the request fails', async () => {
      const chart = document.createElement('rolekit-org-chart');
      const errors = nextEvent(document, 'rolekit-error');
      chart.setAttribute('src', '/no-such-org.json');
      document.body.append(chart);
      const { detail } = await errors;
      expect(detail.issues[0]?.message).toBe('src: HTTP 404 for /no-such-org.json');
      await waitFor(() => expect(chart.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('The data could not be loaded.'));
      expect(chart.matches(':state(error)')).toBe(true);
    });

    it('keeps only the answer to the latest src', async () => {
      const chart = document.createElement('rolekit-org-chart');
      // The first request is still on its way when src changes: its (failed) answer is dropped.
      chart.setAttribute('src', '/no-such-org.json');
      document.body.append(chart);
      let errors = 0;
      chart.addEventListener('rolekit-error', () => errors++);
      chart.setAttribute('src', FIXTURE);
      await treeOf(chart);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(errors).toBe(0);
      expect(chart.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    });
  });

  describe('given bad data', () => {
    it('shows role="alert" inside the shadow root and sends rolekit-error', async () => {
      const errors = nextEvent(document, 'rolekit-error');
      const chart = mountChart({ ...salesOrg, roles: [{ id: 'a', title: 'A', reportsTo: 'nobody' }] } as unknown as Org);
      const { detail } = await errors;
      expect(detail.issues.map((issue) => issue.code)).toContain('unknown_reference');
      await waitFor(() => expect(chart.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull());
    });
  });

  describe('given keyboard focus in the tree', () => {
    it('moves to the next node on ArrowDown, inside the shadow root', async () => {
      const chart = mountChart();
      const first = (await treeOf(chart)).querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!;
      first.focus();
      await userEvent.keyboard('{ArrowDown}');
      const active = chart.shadowRoot!.activeElement!;
      expect(active.getAttribute('role')).toBe('treeitem');
      expect(active).not.toBe(first);
      expect(document.activeElement).toBe(chart);
    });

    it('sends rolekit-select with the role on Enter, crossing the shadow boundary', async () => {
      const chart = mountChart();
      const first = (await treeOf(chart)).querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!;
      first.focus();
      const selected = nextEvent(document, 'rolekit-select');
      await userEvent.keyboard('{Enter}');
      const event = await selected;
      expect(event.detail).toEqual({ roleId: 'sales-director' });
      expect(event.composed && event.bubbles).toBe(true);
      expect(event.target).toBe(chart);
      await waitFor(() => expect(chart.getAttribute('selected-id')).toBe('sales-director'));
    });

    it('sends rolekit-expanded-change when a node closes', async () => {
      const chart = mountChart();
      const first = (await treeOf(chart)).querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!;
      first.focus();
      const changed = nextEvent(chart, 'rolekit-expanded-change');
      await userEvent.keyboard('{ArrowLeft}');
      const { detail } = await changed;
      expect(detail.ids).not.toContain('sales-director');
      expect(chart.expandedIds).toEqual(detail.ids);
    });
  });

  describe('given an attribute change', () => {
    it('re-renders in place: the focused node keeps focus', async () => {
      const chart = mountChart();
      const first = (await treeOf(chart)).querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!;
      first.focus();
      chart.setAttribute('compact', '');
      chart.setAttribute('theme', 'dark');
      await waitFor(() => expect(chart.shadowRoot!.querySelector('[data-rk-theme="dark"]')).not.toBeNull());
      expect(first.isConnected).toBe(true);
      expect(chart.shadowRoot!.activeElement).toBe(first);
    });

    it('hides the toolbar for toolbar="false", and the property says so', async () => {
      const chart = mountChart();
      await treeOf(chart);
      expect(chart.toolbar).toBe(true);
      expect(chart.shadowRoot!.querySelector('[role="toolbar"]')).not.toBeNull();
      chart.toolbar = false;
      expect(chart.getAttribute('toolbar')).toBe('false');
      await waitFor(() => expect(chart.shadowRoot!.querySelector('[role="toolbar"]')).toBeNull());
    });

    it('follows selected-id set from the page', async () => {
      const chart = mountChart();
      await treeOf(chart);
      chart.selectedId = 'sales-manager-north';
      await waitFor(() => expect(chart.shadowRoot!.querySelector('[aria-selected="true"]')?.textContent).toContain('Sales Manager, North Region'));
    });
  });

  describe('given a move in the DOM', () => {
    it('keeps its state: a closed node stays closed', async () => {
      const chart = mountChart();
      const first = (await treeOf(chart)).querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!;
      first.focus();
      await userEvent.keyboard('{ArrowLeft}');
      await waitFor(() => expect(first.getAttribute('aria-expanded')).toBe('false'));
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(chart); // disconnect + connect in one task
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(first.isConnected).toBe(true);
      expect(first.getAttribute('aria-expanded')).toBe('false');
    });
  });

  describe('given removal', () => {
    it('unmounts its React root', async () => {
      const chart = mountChart();
      await treeOf(chart);
      chart.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(chart.shadowRoot!.querySelector('[role="tree"]')).toBeNull();
      expect(chart.shadowRoot!.childElementCount).toBe(0);
    });
  });

  describe('given focus-id', () => {
    it('shows that role\'s team alone under its chain of command, and reflects a move back to the whole organisation', async () => {
      const chart = mountChart();
      chart.setAttribute('focus-id', 'sales-manager-north');
      // The manager and its three reports; the director only in the breadcrumb.
      await waitFor(() => expect(chart.shadowRoot!.querySelectorAll('[role="treeitem"]').length).toBe(4));
      const nav = chart.shadowRoot!.querySelector('nav')!;
      expect(nav.textContent).toContain('Whole organisation');
      const changed = new Promise<CustomEvent<{ roleId: string | null }>>((resolve) => chart.addEventListener('rolekit-focus-change', resolve, { once: true }));
      await userEvent.click([...nav.querySelectorAll('button')].find((b) => b.textContent === 'Whole organisation')!);
      expect((await changed).detail.roleId).toBeNull();
      expect(chart.hasAttribute('focus-id')).toBe(false);
      await waitFor(() => expect(chart.shadowRoot!.querySelectorAll('[role="treeitem"]').length).toBeGreaterThan(4));
      await expectNoAxeViolations(chart);
    });
  });

  describe('its methods', () => {
    it('collapseAll and expandAll forward to the chart', async () => {
      const chart = mountChart();
      await treeOf(chart);
      chart.collapseAll();
      await waitFor(() => expect(chart.shadowRoot!.querySelectorAll('[role="treeitem"]').length).toBe(1));
      chart.expandAll();
      await waitFor(() => expect(chart.shadowRoot!.querySelectorAll('[role="treeitem"]').length).toBe(salesOrg.roles.length));
    });

    it('toSVG returns the chart as an SVG document', async () => {
      const chart = mountChart();
      await treeOf(chart);
      const svg = await chart.toSVG();
      expect(svg).toMatch(/^<svg|^<\?xml/);
      expect(svg).toContain('Sales Director');
    });

    it('toPDF returns the chart as a paginated PDF', async () => {
      const chart = mountChart(generateOrg(300));
      chart.setAttribute('expand-depth', '99');
      await treeOf(chart);
      const pdf = await PDFDocument.load(await (await chart.toPDF({ paper: 'A4' })).arrayBuffer());
      expect(pdf.getPageCount()).toBeGreaterThan(1);
    });

    it('collapseAll hands focus from a hidden node to the one left in its place', async () => {
      const chart = mountChart();
      await treeOf(chart);
      await chart.focusNode('rep-north-beijing');
      chart.collapseAll();
      await waitFor(() => expect(chart.shadowRoot!.activeElement?.getAttribute('data-role-id')).toBe('sales-director'));
    });

    it('focusNode moves focus into the shadow root', async () => {
      const chart = mountChart();
      await treeOf(chart);
      await expect(chart.focusNode('rep-north-beijing')).resolves.toBe(true);
      expect(chart.shadowRoot!.activeElement?.textContent).toContain('Sales Representative, Beijing');
    });
  });

  describe('its styles', () => {
    it('adopts one stylesheet shared by every instance', async () => {
      const a = mountChart();
      const b = mountChart();
      await treeOf(a);
      expect(a.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
      expect(a.shadowRoot!.adoptedStyleSheets[0]).toBe(b.shadowRoot!.adoptedStyleSheets[0]);
    });

    it('takes --rk-* tokens set on the element by the page', async () => {
      const chart = mountChart();
      chart.style.setProperty('--rk-color-text', 'rgb(1, 2, 3)');
      const tree = await treeOf(chart);
      expect(getComputedStyle(tree.closest('.rk-root')!).color).toBe('rgb(1, 2, 3)');
    });

    it('takes them in the dark theme too', async () => {
      const chart = mountChart();
      chart.setAttribute('theme', 'dark');
      const tree = await treeOf(chart);
      const root = tree.closest('.rk-root')!;
      expect(getComputedStyle(root).color).toBe('rgb(229, 231, 235)');
      chart.style.setProperty('--rk-color-text', 'rgb(1, 2, 3)');
      expect(getComputedStyle(root).color).toBe('rgb(1, 2, 3)');
    });

    it('is not broken by the page’s CSS, and does not leak into it', async () => {
      const style = document.createElement('style');
      style.textContent = '[role="treeitem"] { display: none !important; } ';
      document.head.append(style);
      try {
        const chart = mountChart();
        const tree = await treeOf(chart);
        expect(getComputedStyle(tree.querySelector('[role="treeitem"]')!).display).not.toBe('none');
        const outside = document.createElement('div');
        outside.className = 'rk-root';
        document.body.append(outside);
        expect(getComputedStyle(outside).getPropertyValue('--rk-color-text')).toBe('');
      } finally {
        style.remove();
      }
    });
  });
});

describe('<rolekit-role-card>', () => {
  it('shows the role named by role-id', async () => {
    const card = mountRole('rolekit-role-card', 'sales-manager-north');
    await waitFor(() => expect(card.shadowRoot!.querySelector('h3')?.textContent).toBe('Sales Manager, North Region'));
    await expectNoAxeViolations(card);
  });

  it('shows the manager when its name is clicked, after rolekit-select', async () => {
    const card = mountRole('rolekit-role-card', 'sales-manager-north');
    const manager = await waitFor(() => {
      const button = [...card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Sales Director');
      expect(button).toBeDefined();
      return button!;
    });
    const selected = nextEvent(document, 'rolekit-select');
    manager.focus();
    await userEvent.keyboard('{Enter}');
    expect((await selected).detail).toEqual({ roleId: 'sales-director' });
    await waitFor(() => expect(card.shadowRoot!.querySelector('h3')?.textContent).toBe('Sales Director'));
  });

  it('shows an alert for a role-id no role has', async () => {
    const errors = nextEvent(document, 'rolekit-error');
    const card = mountRole('rolekit-role-card', 'nobody');
    expect((await errors).detail.issues[0]?.message).toBe('role-id: no role "nobody" in the org');
    await waitFor(() => expect(card.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull());
  });
});

describe('<rolekit-responsibility-checklist>', () => {
  it('ticks a duty with Space and sends rolekit-checked-change', async () => {
    const list = mountRole('rolekit-responsibility-checklist', 'assistant-sales-director');
    const box = await inShadow(list, 'input[type="checkbox"], [role="checkbox"]');
    box.focus();
    const changed = nextEvent(list, 'rolekit-checked-change');
    await userEvent.keyboard(' ');
    const { detail } = await changed;
    expect(detail.ids.length).toBeGreaterThan(0);
    expect(list.checkedIds).toEqual(detail.ids);
    await expectNoAxeViolations(list);
  });
});

describe('<rolekit-workflow-stepper>', () => {
  it('shows the role’s workflow and sends rolekit-phase-change', async () => {
    const stepper = mountRole('rolekit-workflow-stepper', 'assistant-sales-director');
    const current = await inShadow(stepper, '[aria-current="step"]');
    await expectNoAxeViolations(stepper);
    current.focus();
    const changed = nextEvent(stepper, 'rolekit-phase-change');
    await userEvent.keyboard('{ArrowRight}{Enter}');
    expect(typeof (await changed).detail.phaseId).toBe('string');
  });
});

describe('<rolekit-workflow-stepper> vertical', () => {
  it('moves focus from Next to the new current phase, inside the shadow root', async () => {
    const stepper = mountRole('rolekit-workflow-stepper', 'assistant-sales-director');
    stepper.setAttribute('orientation', 'vertical');
    const next = await waitFor(() => {
      const button = [...stepper.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Next');
      expect(button).toBeDefined();
      return button!;
    });
    next.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(stepper.shadowRoot!.activeElement?.getAttribute('aria-current')).toBe('step'));
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

function mountChart(org: Org = salesOrg) {
  const chart = document.createElement('rolekit-org-chart');
  chart.org = org;
  chart.setAttribute('height', '400');
  document.body.append(chart);
  return chart;
}

function mountRole<K extends 'rolekit-role-card' | 'rolekit-responsibility-checklist' | 'rolekit-workflow-stepper'>(tag: K, roleId: string) {
  const element = document.createElement(tag);
  element.org = salesOrg;
  element.setAttribute('role-id', roleId);
  document.body.append(element);
  return element;
}

async function treeOf(chart: HTMLElement): Promise<HTMLElement> {
  return waitFor(() => {
    const tree = chart.shadowRoot?.querySelector<HTMLElement>('[role="tree"]');
    expect(tree?.querySelector('[role="treeitem"]')).toBeTruthy();
    return tree!;
  });
}

async function inShadow(host: HTMLElement, selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = host.shadowRoot?.querySelector<HTMLElement>(selector);
    expect(found).toBeTruthy();
    return found!;
  });
}

function nextEvent<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as HTMLElementEventMap[K]), { once: true }));
}
