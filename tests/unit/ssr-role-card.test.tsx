import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResponsibilityChecklist, RoleCard, type Role } from '../../src';
import { salesOrg } from '../../src/examples';

const role = (id: string): Role => salesOrg.roles.find((candidate) => candidate.id === id)!;

afterEach(() => vi.restoreAllMocks());

describe('server rendering (no window, no document)', () => {
  it('runs where there is no DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  describe('RoleCard', () => {
    it('renders every role of the sample org with its title', () => {
      for (const each of salesOrg.roles) {
        const html = renderToString(<RoleCard role={each} org={salesOrg} />);
        expect(html).toContain(escapeHtml(each.title));
      }
    });

    it('renders the holder’s photo as an img, so the browser can load it before hydration', () => {
      const html = renderToString(<RoleCard role={role('assistant-sales-director')} org={salesOrg} />);
      const img = html.match(/<img[^>]*>/)?.[0];
      expect(img).toContain('alt=""');
      expect(img).toContain('src="data:image/svg+xml');
      expect(html).toContain('Daniel Ross');
    });

    it('renders a compact vacant card', () => {
      const html = renderToString(<RoleCard role={role('bid-coordinator')} org={salesOrg} variant="compact" />);
      expect(html).toContain('Tender Coordinator');
      expect(html).toContain('Vacant');
    });

    it('renders the error box for data that is not a role: the sentence, the issue in a closed disclosure', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const html = renderToString(<RoleCard role={null as unknown as Role} />);
      expect(html).toContain('<p class="rk-error-title" data-slot="error-title">This role could not be shown.</p><details data-slot="error-details"><summary>Details</summary>');
      expect(html).toContain('expected a role, got');
    });
  });

  describe('ResponsibilityChecklist', () => {
    it('renders every group title and duty, closed groups included (print needs them)', () => {
      const admin = role('sales-administrator');
      const html = renderToString(<ResponsibilityChecklist role={admin} />);
      for (const group of admin.responsibilities!) expect(html).toContain(escapeHtml(group.title));
      expect(html).toContain(escapeHtml('Review standard contracts and sign the final versions.'));
    });

    it('marks a partly done group mixed in the markup, before any script runs', () => {
      const html = renderToString(<ResponsibilityChecklist role={role('sales-administrator')} defaultCheckedIds={['sa-daily']} />);
      expect(html).toMatch(/aria-label="Administration: all duties"[^>]*aria-checked="mixed"|aria-checked="mixed"[^>]*aria-label="Administration: all duties"/);
      expect(html).toContain('1 of 13 duties done');
    });

    it('renders the error box for unreadable responsibilities', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const html = renderToString(<ResponsibilityChecklist role={{ id: 'x', title: 'X', responsibilities: 'oops' } as unknown as Role} />);
      expect(html).toContain('<div role="alert" class="rk-error" data-slot="error"><p class="rk-error-title" data-slot="error-title">These responsibilities could not be shown.</p>');
      expect(html).toContain('<details data-slot="error-details"><summary>Details</summary>');
    });
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}
