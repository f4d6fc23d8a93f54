import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RoleCard, RolekitProvider, type Org, type Role, type RoleCardProps } from '../../../src';
import { salesOrg, salesOrgZh } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';
import { errorBox } from '../../support/errorBox';

const role = (id: string, org = salesOrg): Role => org.roles.find((candidate) => candidate.id === id)!;
const northManager = role('sales-manager-north');

afterEach(() => vi.restoreAllMocks());

describe('RoleCard', () => {
  describe('given a held role and its org (full)', () => {
    it('is an article named by its title, a level-3 heading', () => {
      renderCard();
      const card = screen.getByRole('article', { name: 'Sales Manager, North Region' });
      expect(within(card).getByRole('heading', { level: 3, name: 'Sales Manager, North Region' })).toBeVisible();
    });

    it('lists department, level and location as described facts', () => {
      renderCard();
      expect(definition('Department')).toHaveTextContent('Sales');
      expect(definition('Level')).toHaveTextContent('Manager');
      expect(definition('Location')).toHaveTextContent('Beijing');
    });

    it('names the holder with initials in place of a photo, and real contact links', () => {
      renderCard();
      expect(screen.getByText('Thomas Reed')).toBeVisible();
      expect(screen.getByText('TR')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Email: thomas.reed@example.com' })).toHaveAttribute('href', 'mailto:thomas.reed@example.com');
      expect(screen.getByRole('link', { name: 'Phone: +86 10 5555 0120' })).toHaveAttribute('href', 'tel:+861055550120');
    });

    it('resolves the manager to a role and the person holding it', () => {
      renderCard();
      expect(definition('Reports to')).toHaveTextContent('Sales DirectorMargaret Hale');
    });

    it('counts and names direct reports, a vacancy among them, and assistants apart', () => {
      renderCard();
      expect(term('Direct reports')).toHaveTextContent('Direct reports2');
      expect(definition('Direct reports')).toHaveTextContent('Sales Representative, BeijingJames Turner');
      expect(definition('Direct reports')).toHaveTextContent('Sales Representative, TianjinVacant');
      expect(definition('Assistants')).toHaveTextContent('Sales Assistant, NorthEmma Clarke');
    });

    it('shows nature of work, authority and qualifications split into required and preferred', () => {
      renderCard();
      expect(screen.getByRole('heading', { level: 4, name: 'Nature of work' })).toBeVisible();
      expect(screen.getByText('Approves discounts up to 8% of list price.')).toBeVisible();
      const required = screen.getByRole('heading', { level: 5, name: 'Required' }).nextElementSibling!;
      const preferred = screen.getByRole('heading', { level: 5, name: 'Preferred' }).nextElementSibling!;
      expect(within(required as HTMLElement).getAllByRole('listitem')).toHaveLength(5);
      expect(within(preferred as HTMLElement).getByText('Previous experience managing a sales team.')).toBeVisible();
    });

    it('counts its duties and assessments', () => {
      renderCard();
      expect(definition('Responsibilities')).toHaveTextContent('11 duties · 3 assessments');
    });
  });

  describe('given a vacant role', () => {
    it('says Vacant clearly and is marked for styling', () => {
      renderCard({ role: role('bid-coordinator') });
      expect(screen.getByText('Vacant')).toBeVisible();
      expect(screen.getByText('Nobody holds this position at the moment.')).toBeVisible();
      expect(screen.getByRole('article')).toHaveAttribute('data-vacant', '');
    });

    it('has no axe violations', async () => {
      const { container } = renderCard({ role: role('bid-coordinator') });
      await expectNoAxeViolations(container);
    });
  });

  describe('given a job share', () => {
    it('lists every holder', () => {
      renderCard({ role: role('rep-east-shanghai') });
      expect(screen.getByText('Lucy Hart')).toBeVisible();
      expect(screen.getByText('Ben Carter')).toBeVisible();
    });
  });

  describe('given more direct reports than the limit', () => {
    it('names the first few and counts the rest', () => {
      renderCard({ role: role('sales-director'), reportsLimit: 2 });
      expect(within(definition('Direct reports')).getAllByRole('listitem')).toHaveLength(2);
      expect(screen.getByRole('button', { name: '+3 more' })).toHaveAttribute('aria-expanded', 'false');
    });

    describe('on "+3 more"', () => {
      it('shows them all', async () => {
        const user = userEvent.setup();
        renderCard({ role: role('sales-director'), reportsLimit: 2 });
        await user.click(screen.getByRole('button', { name: '+3 more' }));
        expect(within(definition('Direct reports')).getAllByRole('listitem')).toHaveLength(5);
        expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
      });
    });
  });

  describe('given dotted lines', () => {
    it('shows the role’s dotted line and, on the other end, its dotted-line report', () => {
      renderCard({ role: role('sales-assistant-east') });
      expect(definition('Dotted line to')).toHaveTextContent('Head of Sales Administration');
    });

    it('shows dotted-line reports on the role they point to', () => {
      renderCard({ role: role('sales-admin-head') });
      expect(definition('Dotted-line reports')).toHaveTextContent('Sales Assistant, East');
    });
  });

  describe('without an org', () => {
    it('shows what the role alone holds and does not call it vacant', () => {
      renderCard({ org: undefined });
      expect(screen.getByRole('heading', { name: 'Sales Manager, North Region' })).toBeVisible();
      expect(definition('Reports to')).toHaveTextContent('sales-director');
      expect(screen.queryByText('Vacant')).toBeNull();
      expect(screen.queryByText('Direct reports')).toBeNull();
    });

    it('has no axe violations', async () => {
      const { container } = renderCard({ org: undefined });
      await expectNoAxeViolations(container);
    });
  });

  describe('with getRoleHref', () => {
    it('links manager and reports', () => {
      renderCard({ getRoleHref: (id) => `/roles/${id}` });
      expect(screen.getByRole('link', { name: 'Sales Director' })).toHaveAttribute('href', '/roles/sales-director');
      expect(screen.getByRole('link', { name: 'Sales Representative, Beijing' })).toHaveAttribute('href', '/roles/rep-north-beijing');
    });

    it('drops an href with a script scheme', () => {
      renderCard({ getRoleHref: (id) => `javascript:alert('${id}')` });
      expect(screen.queryByRole('link', { name: 'Sales Director' })).toBeNull();
      expect(screen.getByText('Sales Director')).toBeVisible();
    });
  });

  describe('with onRoleClick only', () => {
    it('makes names buttons that report the role id', async () => {
      const user = userEvent.setup();
      const onRoleClick = vi.fn();
      renderCard({ onRoleClick });
      await user.click(screen.getByRole('button', { name: 'Sales Director' }));
      expect(onRoleClick).toHaveBeenCalledWith('sales-director', expect.objectContaining({ type: 'click' }));
    });
  });

  describe('with children', () => {
    it('shows the host’s actions at the foot', async () => {
      const { container } = renderCard({ children: <button type="button">Edit</button> });
      expect(screen.getByRole('button', { name: 'Edit' }).closest('footer')).toBeInTheDocument();
      await expectNoAxeViolations(container);
    });
  });

  describe('compact', () => {
    it('shows title, holder, department and reports count', () => {
      renderCard({ variant: 'compact', role: role('sales-director') });
      const card = screen.getByRole('article', { name: 'Sales Director' });
      expect(card).toHaveAttribute('data-variant', 'compact');
      expect(within(card).getByText('Margaret Hale')).toBeVisible();
      expect(within(card).getByText('Sales')).toBeVisible();
      expect(within(card).getByText('5 reports')).toBeVisible();
      expect(within(card).queryByText('Nature of work')).toBeNull();
    });

    it('says Vacant for a vacant role', async () => {
      const { container } = renderCard({ variant: 'compact', role: role('rep-north-tianjin') });
      expect(screen.getByText('Vacant')).toBeVisible();
      await expectNoAxeViolations(container);
    });

    it('links its title when the host gives hrefs', () => {
      renderCard({ variant: 'compact', getRoleHref: (id) => `#${id}` });
      expect(screen.getByRole('link', { name: 'Sales Manager, North Region' })).toHaveAttribute('href', '#sales-manager-north');
    });
  });

  describe('given a photo that fails to load', () => {
    it('falls back to initials', () => {
      const org = withPerson(salesOrg, 'p-daniel-ross', { avatarUrl: 'https://example.com/missing.png' });
      const { container } = renderCard({ role: role('assistant-sales-director'), org });
      const img = container.querySelector('img')!;
      expect(img).toHaveAttribute('alt', '');
      fireEvent.error(img);
      expect(container.querySelector('img')).toBeNull();
      expect(screen.getByText('DR')).toBeInTheDocument();
    });
  });

  describe('given Chinese data', () => {
    it('uses the first character as initials', () => {
      renderCard({ role: role('zh-director', salesOrgZh), org: salesOrgZh });
      expect(screen.getByText('陈')).toBeInTheDocument();
    });

    it('joins alternate titles for the locale', () => {
      renderCard({ role: { ...northManager, alternateTitles: ['A', 'B'] }, locale: 'en' });
      expect(screen.getByText('Also known as A or B')).toBeVisible();
    });
  });

  describe('given bad data', () => {
    it('reports a holder that is not in the org and shows the rest', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onError = vi.fn();
      const broken = { ...northManager, holderIds: ['p-nobody'] };
      const org: Org = { ...salesOrg, roles: salesOrg.roles.map((r) => (r.id === broken.id ? broken : r)) };
      renderCard({ role: broken, org, onError });
      expect(screen.getByRole('heading', { name: 'Sales Manager, North Region' })).toBeVisible();
      expect(screen.getByRole('article')).not.toHaveAttribute('data-vacant');
      expect(screen.queryByText('Nobody holds this position at the moment.')).toBeNull();
      expect(onError).toHaveBeenCalledWith([expect.objectContaining({ code: 'unknown_reference', path: ['roles', 7, 'holderIds', 0] })]);
    });

    it('reports a duplicate duty id of the role itself', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onError = vi.fn();
      const broken: Role = { id: 'x', title: 'X', responsibilities: [{ id: 'g', title: 'G', items: [{ id: 'a', text: 'A' }, { id: 'a', text: 'B' }] }] };
      renderCard({ role: broken, org: undefined, onError });
      expect(onError).toHaveBeenCalledWith([expect.objectContaining({ code: 'duplicate_id' })]);
    });

    it('shows an untitled role rather than nothing', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      renderCard({ role: { id: 'x' } as Role, org: undefined });
      expect(screen.getByRole('heading', { name: 'Untitled role' })).toBeVisible();
    });

  });

  describe('given something that is not a role', () => {
    const notARole = undefined as unknown as Role;
    const message = '(root): expected a role, got nothing';

    it('says in a sentence that the role could not be shown, instead of crashing', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      renderCard({ role: notARole });
      expect(screen.getByRole('alert')).toHaveTextContent(/^This role could not be shown\./);
    });

    it('keeps the issue in a closed Details disclosure', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      renderCard({ role: notARole });
      const { summary, details } = errorBox();
      expect(summary).toBeVisible();
      expect(details).not.toHaveAttribute('open');
      expect(screen.getByText(message)).not.toBeVisible();
    });

    it('shows the issue once Details is clicked', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      renderCard({ role: notARole });
      const { summary, details } = errorBox();
      await userEvent.click(summary);
      expect(details).toHaveAttribute('open');
      expect(within(details).getByText(message)).toBeVisible();
    });

    it('passes axe with the details closed and open', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { container } = renderCard({ role: notARole });
      await expectNoAxeViolations(container);
      await userEvent.click(errorBox().summary);
      await expectNoAxeViolations(container);
    });

    it('renders what renderError returns instead of the box, given the issues', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      renderCard({ role: notARole, renderError: (issues) => <p>{`Role unavailable (${issues[0]!.code})`}</p> });
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.getByText('Role unavailable (invalid)')).toBeVisible();
    });

    it('shows no error box with errorDisplay="none", and still hands the issue to onError', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onError = vi.fn();
      const { container } = renderCard({ role: notARole, errorDisplay: 'none', onError });
      expect(screen.queryByRole('alert')).toBeNull();
      expect(container.querySelector('[data-slot="error"]')).toBeNull();
      expect(onError).toHaveBeenCalledWith([expect.objectContaining({ code: 'invalid', message })]);
    });
  });

  describe('labels', () => {
    it('takes overrides from the provider and from props', () => {
      render(
        <RolekitProvider labels={{ roleCard: { vacant: 'Open position' } }}>
          <RoleCard role={role('bid-coordinator')} org={salesOrg} labels={{ reportsTo: 'Manager' }} />
        </RolekitProvider>,
      );
      expect(screen.getByText('Open position')).toBeVisible();
      expect(screen.getByText('Manager', { selector: 'dt' })).toBeVisible();
    });
  });

  describe('as a component', () => {
    it('passes className, style and native props to the root and forwards the ref', () => {
      const ref = createRef<HTMLElement>();
      render(<RoleCard ref={ref} role={northManager} className="mine" style={{ width: 200 }} data-testid="card" />);
      const card = screen.getByTestId('card');
      expect(card).toBe(ref.current);
      expect(card).toHaveClass('rk-root', 'rk-card', 'mine');
      expect(card).toHaveStyle({ width: '200px' });
      expect(card).toHaveAttribute('data-level', 'manager');
    });

    it('uses the heading level it is given, sections one below', () => {
      renderCard({ headingLevel: 2 });
      expect(screen.getByRole('heading', { level: 2, name: 'Sales Manager, North Region' })).toBeVisible();
      expect(screen.getByRole('heading', { level: 3, name: 'Nature of work' })).toBeVisible();
    });
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

function renderCard(props: Partial<RoleCardProps> = {}) {
  return render(<RoleCard role={northManager} org={salesOrg} {...props} />);
}

/** A `dt` (visible or visually hidden) by the text it starts with. */
function term(text: string): HTMLElement {
  const dt = Array.from(document.querySelectorAll('dt')).find((candidate) => candidate.textContent?.startsWith(text));
  if (!dt) throw new Error(`no term "${text}"`);
  return dt;
}

/** The description of a term. */
function definition(text: string): HTMLElement {
  return term(text).nextElementSibling as HTMLElement;
}

function withPerson(org: Org, id: string, change: Partial<NonNullable<Org['people']>[number]>): Org {
  return { ...org, people: org.people!.map((person) => (person.id === id ? { ...person, ...change } : person)) };
}
