import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { waitFor } from '@testing-library/react';
import { defineRolekitElements } from '../../../src/elements';
import { salesOrg } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';

beforeAll(() => {
  defineRolekitElements();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<rolekit-role-explorer>', () => {
  describe('given an org and no selected-id', () => {
    it('shows the chart and the first root’s card, duties and workflow panel', async () => {
      const explorer = mountExplorer();
      await waitFor(() => expect(cardTitle(explorer)).toBe('Sales Director'));
      expect(explorer.shadowRoot!.querySelector('[role="tree"]')).not.toBeNull();
      expect(explorer.shadowRoot!.querySelector('[data-slot="explorer-details"]')?.getAttribute('aria-label')).toBe('Role details: Sales Director');
    });

    it('has no axe violations (list view)', async () => {
      const explorer = mountExplorer();
      explorer.setAttribute('view', 'list');
      await waitFor(() => expect(explorer.shadowRoot!.querySelector('[data-view="list"] [role="treeitem"]')).not.toBeNull());
      await expectNoAxeViolations(explorer);
    });
  });

  describe('on Enter on a node', () => {
    it('shows that role, reflects selected-id and sends rolekit-select', async () => {
      const explorer = mountExplorer();
      const node = await waitFor(() => {
        const found = explorer.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"][data-role-id="assistant-sales-director"]');
        expect(found).toBeTruthy();
        return found!;
      });
      node.focus();
      const selected = new Promise<CustomEvent<{ roleId: string }>>((resolve) => document.addEventListener('rolekit-select', resolve, { once: true }));
      await userEvent.keyboard('{Enter}');
      expect((await selected).detail).toEqual({ roleId: 'assistant-sales-director' });
      await waitFor(() => expect(cardTitle(explorer)).toBe('Assistant Sales Director'));
      expect(explorer.getAttribute('selected-id')).toBe('assistant-sales-director');
      // This role has a workflow: the stepper shows beside the duties.
      expect(explorer.shadowRoot!.querySelector('[aria-current="step"]')).not.toBeNull();
    });
  });

  describe('given selected-id set by the page', () => {
    it('shows that role', async () => {
      const explorer = mountExplorer();
      await waitFor(() => expect(cardTitle(explorer)).toBe('Sales Director'));
      explorer.selectedId = 'sales-manager-north';
      await waitFor(() => expect(cardTitle(explorer)).toBe('Sales Manager, North Region'));
    });
  });
});

function mountExplorer() {
  const explorer = document.createElement('rolekit-role-explorer');
  explorer.org = salesOrg;
  explorer.setAttribute('height', '360');
  document.body.append(explorer);
  return explorer;
}

const cardTitle = (explorer: HTMLElement) => explorer.shadowRoot!.querySelector('[data-slot="explorer-details"] h2')?.textContent;
