import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { defineRolekitElements } from '../../../src/elements';
import { expectNoAxeViolations } from '../../support/axe';

// Served by Vitest's dev server, as a portal serves an HR export.
const FIXTURES = '/tests/browser/elements/fixtures';

beforeAll(() => {
  defineRolekitElements();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<rolekit-org-chart src format>', () => {
  describe('given format="csv"', () => {
    it('draws the people of the CSV export as the chart', async () => {
      const chart = mount('people.csv', 'csv');
      await waitFor(() => expect(names(chart)).toEqual(['Head of Sales', 'Sales Manager, North', 'Account Rep']));
      expect(chart.matches(':state(ready)')).toBe(true);
      await chart.fit();
      await expectNoAxeViolations(chart);
    });

    it('shows the error state and sends the adapter’s issues, naming the headers found', async () => {
      const errors = nextEvent(document, 'rolekit-error');
      const chart = mount('no-title.csv', 'csv');
      const { detail } = await errors;
      expect(detail.issues[0]).toMatchObject({ code: 'missing_column' });
      expect(detail.issues[0]!.message).toContain('Employee ID');
      await waitFor(() => expect(chart.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('The data could not be loaded.'));
      expect(chart.matches(':state(error)')).toBe(true);
    });
  });

  describe('given a CSV whose manager id is not in the file', () => {
    it('draws that person as a root and sends rolekit-warning naming the line and the id', async () => {
      const warned = nextEvent(document, 'rolekit-warning');
      const chart = mount('unknown-manager.csv', 'csv');
      const { detail } = await warned;
      expect(detail.warnings).toHaveLength(1);
      expect(detail.warnings[0]).toMatchObject({ line: 4 });
      expect(detail.warnings[0]!.message).toContain('S999');
      await waitFor(() => expect(names(chart)).toEqual(expect.arrayContaining(['Head of Sales', 'Regional Manager', 'Account Rep'])));
    });

    it('sends no rolekit-warning for a clean file', async () => {
      const warnings: Event[] = [];
      document.addEventListener('rolekit-warning', (event) => warnings.push(event));
      const ready = nextEvent(document, 'rolekit-ready');
      mount('people.csv', 'csv');
      await ready;
      // Sent with the data, before the first render: by now it would have come.
      expect(warnings).toHaveLength(0);
    });
  });

  describe('given format="scim"', () => {
    it('draws the SCIM users with their managers', async () => {
      const chart = mount('scim.json', 'scim');
      await waitFor(() => expect(names(chart)).toEqual(['Head of Sales', 'Sales Manager, North']));
    });

    it('reports a body that is not JSON', async () => {
      const errors = nextEvent(document, 'rolekit-error');
      mount('people.csv', 'scim');
      const { detail } = await errors;
      expect(detail.issues[0]!.message).toMatch(/^src: \/tests\/browser\/elements\/fixtures\/people\.csv is not JSON/);
    });
  });

  describe('given format="graph"', () => {
    it('draws the Microsoft Graph users', async () => {
      const chart = mount('graph.json', 'graph');
      await waitFor(() => expect(names(chart)).toEqual(['Head of Sales', 'Sales Manager, North']));
    });
  });

  describe('given a format it does not know', () => {
    it('says which formats there are', async () => {
      const errors = nextEvent(document, 'rolekit-error');
      mount('people.csv', 'xml');
      const { detail } = await errors;
      expect(detail.issues[0]!.message).toBe('format: expected csv, scim, graph or json, got "xml"');
    });
  });

  describe('given the format changes', () => {
    it('fetches again and reads the file the new way', async () => {
      const chart = mount('people.csv', 'scim');
      await waitFor(() => expect(chart.matches(':state(error)')).toBe(true));
      chart.setAttribute('format', 'csv');
      await waitFor(() => expect(names(chart)).toHaveLength(3));
    });
  });

  it('reads the role elements’ org from a CSV too', async () => {
    const card = document.createElement('rolekit-role-card');
    card.setAttribute('src', `${FIXTURES}/people.csv`);
    card.setAttribute('format', 'csv');
    card.setAttribute('role-id', 'S110');
    document.body.append(card);
    await waitFor(() => expect(card.shadowRoot!.querySelector('h3, h2')?.textContent).toBe('Sales Manager, North'));
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

function mount(file: string, format: string) {
  const chart = document.createElement('rolekit-org-chart');
  chart.setAttribute('src', `${FIXTURES}/${file}`);
  chart.setAttribute('format', format);
  chart.setAttribute('height', '400');
  chart.setAttribute('expand-depth', '5');
  document.body.append(chart);
  return chart;
}

/** The titles of the chart's nodes, in tree order. */
function names(chart: HTMLElement): string[] {
  return [...(chart.shadowRoot?.querySelectorAll('[role="treeitem"]') ?? [])].map((node) => node.querySelector('[data-slot="org-chart-title"]')?.textContent ?? '');
}

function nextEvent<K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as HTMLElementEventMap[K]), { once: true }));
}
