/// <reference types="vite/client" />
import '../../../src/styles.css';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render, screen, waitFor } from '@testing-library/react';
import { RoleCard, type Org, type Person, type Role, type RoleCardProps } from '../../../src';
import { salesOrg } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';

const role = (id: string): Role => salesOrg.roles.find((candidate) => candidate.id === id)!;

describe('RoleCard in a browser', () => {
  describe('given a photo that cannot be decoded', () => {
    it('shows the holder’s initials instead', async () => {
      const org = withAvatar('p-thomas-reed', 'data:image/png;base64,bm90IGFuIGltYWdl');
      const { container } = render(<RoleCard role={role('sales-manager-north')} org={org} />);
      await waitFor(() => expect(container.querySelector('img')).toBeNull());
      expect(screen.getByText('TR')).toBeVisible();
    });
  });

  describe('given a photo that loads', () => {
    it('shows it, round and the size of the avatar', async () => {
      const { container } = render(<RoleCard role={role('assistant-sales-director')} org={salesOrg} />);
      const img = container.querySelector('img')!;
      await waitFor(() => expect(img.complete && img.naturalWidth > 0).toBe(true));
      const box = img.getBoundingClientRect();
      expect(box.width).toBe(40);
      expect(box.height).toBe(40);
      expect(getComputedStyle(img.parentElement!).borderRadius).toBe('50%');
    });
  });

  describe('given a sample person with a picture', () => {
    // The sample once gave them flat discs: a picture that names nobody.
    it.each(salesOrg.people!.filter((person) => person.avatarUrl).map((person) => [person.name, person.id] as const))(
      'shows %s’s initials in it, not a flat disc',
      async (_name, personId) => {
        const held = salesOrg.roles.find((candidate) => candidate.holderIds?.includes(personId))!;
        const { container } = render(<RoleCard role={held} org={salesOrg} />);
        const img = container.querySelector('img')!;
        await waitFor(() => expect(img.complete && img.naturalWidth > 0).toBe(true));
        const { light, dark } = inkOf(img);
        // Letters (light) on a field (dark). A low bar for the letters: a machine without a
        // CJK font draws 李 as a thin box, still not the single colour of a disc.
        expect(light).toBeGreaterThan(0.01);
        expect(dark).toBeGreaterThan(0.5);
      },
    );
  });

  describe('compact', () => {
    it('fits a 240px chart node in under 100px of height', () => {
      render(
        <div style={{ width: 240 }}>
          <RoleCard variant="compact" role={role('sales-director')} org={salesOrg} />
        </div>,
      );
      const box = screen.getByRole('article').getBoundingClientRect();
      expect(box.width).toBe(240);
      expect(box.height).toBeLessThan(100);
    });

    it('keeps a long department and the reports count on one line', () => {
      render(
        <div style={{ width: 240 }}>
          <RoleCard variant="compact" role={{ ...role('sales-admin-head'), department: 'Sales Administration and Tender Management' }} org={salesOrg} />
        </div>,
      );
      // The department's text is an inline <bdi>; the line it sits on is its dd.
      const department = screen.getByText('Sales Administration and Tender Management').closest('dd')!.getBoundingClientRect();
      const reports = screen.getByText('3 reports').getBoundingClientRect();
      expect(Math.abs(department.top - reports.top)).toBeLessThan(2);
      expect(reports.right).toBeLessThanOrEqual(screen.getByRole('article').getBoundingClientRect().right);
    });

    describe('given a department too long for the row', () => {
      const longDepartment = () => ({ ...role('sales-admin-head'), department: 'Sales Administration and Tender Management' });

      it.each(['ltr', 'rtl'] as const)('gives it all the room the reports count leaves (%s)', (dir) => {
        const { container } = render(
          <div dir={dir} style={{ width: 240 }}>
            <RoleCard variant="compact" role={longDepartment()} org={salesOrg} />
          </div>,
        );
        const body = container.querySelector('.rk-card-body')!.getBoundingClientRect();
        const department = screen.getByText('Sales Administration and Tender Management').closest('dd')!.getBoundingClientRect();
        const reports = screen.getByText('3 reports').getBoundingClientRect();
        // The row ends where the card's text does: no unused strip after "3 reports"…
        if (dir === 'ltr') expect(Math.abs(reports.right - body.right)).toBeLessThan(1);
        else expect(Math.abs(reports.left - body.left)).toBeLessThan(1);
        // …and between the cut department and "· 3 reports" only the gap and the dot (under 24px).
        const between = dir === 'ltr' ? reports.left - department.right : department.left - reports.right;
        expect(between).toBeGreaterThan(0);
        expect(between).toBeLessThan(24);
      });
    });

    describe('given a title longer than its lines', () => {
      const longTitle = 'Senior Regional Channel Development and Key Account Relationship Manager for the Northern Provinces';
      const renderLong = (props: Partial<RoleCardProps> = {}) =>
        render(
          <div style={{ width: 240 }}>
            <RoleCard variant="compact" role={{ ...role('sales-manager-north'), title: longTitle }} org={salesOrg} {...props} />
          </div>,
        );

      it('keeps the whole title in the heading and the card’s name', async () => {
        renderLong();
        expect(screen.getByRole('article', { name: longTitle })).toBeVisible();
        expect(screen.getByRole('heading', { name: longTitle })).toBeVisible();
        await expect.element(page.getByRole('button', { name: 'Show full title' })).toHaveAttribute('aria-expanded', 'false');
      });

      it('cuts it visually until the toggle is tapped, then shows it all', async () => {
        renderLong();
        const heading = screen.getByRole('heading', { name: longTitle });
        const toggle = await screen.findByRole('button', { name: 'Show full title' });
        expect(heading.scrollHeight).toBeGreaterThan(heading.clientHeight + 1);
        await userEvent.click(toggle);
        expect(heading.scrollHeight).toBeLessThanOrEqual(heading.clientHeight + 1);
        expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
      });

      it('opens from the keyboard too, as a link title stays a link', async () => {
        renderLong({ getRoleHref: (id) => `#${id}` });
        await screen.findByRole('button', { name: 'Show full title' });
        await userEvent.tab(); // the title link
        await userEvent.tab(); // the toggle
        expect(screen.getByRole('button', { name: 'Show full title' })).toHaveFocus();
        await userEvent.keyboard('{Enter}');
        const heading = screen.getByRole('heading', { name: longTitle });
        expect(heading.scrollHeight).toBeLessThanOrEqual(heading.clientHeight + 1);
        expect(screen.getByRole('button', { name: 'Show less' })).toHaveFocus();
      });

      it('has no axe violations, cut and open', async () => {
        const { container } = renderLong();
        await expectNoAxeViolations(container);
        await userEvent.click(await screen.findByRole('button', { name: 'Show full title' }));
        await expectNoAxeViolations(container);
      });
    });

    it('offers no toggle for a title that fits', async () => {
      render(
        <div style={{ width: 240 }}>
          <RoleCard variant="compact" role={role('sales-director')} org={salesOrg} />
        </div>,
      );
      // After the measuring effect has had its frame.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(screen.queryByRole('button', { name: 'Show full title' })).toBeNull();
    });

    it('rings the whole card when its title link has keyboard focus', async () => {
      render(<RoleCard variant="compact" role={role('sales-director')} org={salesOrg} getRoleHref={(id) => `#${id}`} />);
      await userEvent.tab();
      expect(screen.getByRole('link', { name: 'Sales Director' })).toHaveFocus();
      expect(getComputedStyle(screen.getByRole('article')).outlineStyle).toBe('solid');
    });
  });

  describe('with the keyboard', () => {
    it('reaches the manager’s name and activates it with Enter', async () => {
      const onRoleClick = vi.fn((_id: string, event: { preventDefault(): void }) => event.preventDefault());
      render(<RoleCard role={role('sales-manager-north')} org={salesOrg} getRoleHref={(id) => `#/roles/${id}`} onRoleClick={onRoleClick} />);
      screen.getByRole('link', { name: /thomas\.reed/ }).focus();
      await userEvent.tab(); // phone
      await userEvent.tab(); // manager
      expect(screen.getByRole('link', { name: 'Sales Director' })).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      expect(onRoleClick).toHaveBeenCalledWith('sales-director', expect.anything());
    });

    it('expands "+N more" with Space', async () => {
      render(<RoleCard role={role('sales-director')} org={salesOrg} reportsLimit={2} />);
      screen.getByRole('button', { name: '+3 more' }).focus();
      await userEvent.keyboard('[Space]');
      expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveFocus();
      expect(screen.getByText('Sales Manager, South Region')).toBeVisible();
    });
  });

  describe('layout', () => {
    it('mirrors in a right-to-left page: the avatar sits right of the name', () => {
      render(
        <div dir="rtl">
          <RoleCard role={role('sales-manager-north')} org={salesOrg} />
        </div>,
      );
      const avatar = screen.getByText('TR').getBoundingClientRect();
      const name = screen.getByText('Thomas Reed').getBoundingClientRect();
      expect(avatar.left).toBeGreaterThan(name.right);
    });

    describe('in a right-to-left page', () => {
      it('starts title, meta line and holder name at the same right edge (English data)', () => {
        const { container } = render(
          <div dir="rtl" style={{ width: 600 }}>
            <RoleCard role={role('sales-manager-north')} org={salesOrg} />
          </div>,
        );
        const header = container.querySelector('.rk-card-header')!.getBoundingClientRect();
        const holderBody = container.querySelector('.rk-card-holder-body')!.getBoundingClientRect();
        expect(textBox(screen.getByRole('heading', { name: 'Sales Manager, North Region' })).right).toBeCloseTo(header.right, 0);
        expect(container.querySelector('.rk-card-meta .rk-card-chip')!.getBoundingClientRect().right).toBeCloseTo(header.right, 0);
        // The name hugs the avatar on the right, like the lines under it.
        expect(textBox(screen.getByText('Thomas Reed')).right).toBeCloseTo(holderBody.right, 0);
        expect(textBox(screen.getByText('Beijing', { selector: '.rk-card-holder-body bdi' })).right).toBeCloseTo(holderBody.right, 0);
        expect(screen.getByText('TR').getBoundingClientRect().left).toBeGreaterThan(holderBody.right);
      });

      it('aligns a compact card’s title, holder and department on the right', () => {
        const { container } = render(
          <div dir="rtl" style={{ width: 300 }}>
            <RoleCard variant="compact" role={role('sales-admin-head')} org={salesOrg} />
          </div>,
        );
        const body = container.querySelector('.rk-card-body')!.getBoundingClientRect();
        expect(textBox(screen.getByRole('heading')).right).toBeCloseTo(body.right, 0);
        expect(textBox(screen.getByText('Olivia Grant')).right).toBeCloseTo(body.right, 0);
        expect(textBox(screen.getByText('Sales Administration')).right).toBeCloseTo(body.right, 0);
      });

      it('keeps a Latin title with brackets in its own order', () => {
        render(
          <div dir="rtl">
            <RoleCard role={{ ...role('sales-manager-north'), title: 'Head of R&D (Interim)' }} org={salesOrg} />
          </div>,
        );
        const title = screen.getByRole('heading', { name: 'Head of R&D (Interim)' });
        // Read left to right, as written: "Head" first, the closing bracket last.
        expect(charBox(title, 'H').left).toBeLessThan(charBox(title, '(').left);
        expect(charBox(title, '(').left).toBeLessThan(charBox(title, ')').left);
      });

      it('aligns an Arabic holder with an English title, both on the right', () => {
        const org = withPerson('p-thomas-reed', { name: 'ليلى حداد' });
        const { container } = render(
          <div dir="rtl" style={{ width: 600 }}>
            <RoleCard role={role('sales-manager-north')} org={org} />
          </div>,
        );
        const holderBody = container.querySelector('.rk-card-holder-body')!.getBoundingClientRect();
        expect(textBox(screen.getByText('ليلى حداد')).right).toBeCloseTo(holderBody.right, 0);
      });
    });

    it('keeps an Arabic holder name on the left of a left-to-right card, with the title', () => {
      const org = withPerson('p-thomas-reed', { name: 'ليلى حداد' });
      const { container } = render(
        <div dir="ltr" style={{ width: 600 }}>
          <RoleCard role={role('sales-manager-north')} org={org} />
        </div>,
      );
      const holderBody = container.querySelector('.rk-card-holder-body')!.getBoundingClientRect();
      expect(textBox(screen.getByText('ليلى حداد')).left).toBeCloseTo(holderBody.left, 0);
    });

    it('keeps a phone number in reading order in a right-to-left page', () => {
      render(
        <div dir="rtl">
          <RoleCard role={role('sales-manager-north')} org={salesOrg} />
        </div>,
      );
      const plus = screen.getByText('+86 10 5555 0120');
      expect(getComputedStyle(plus).direction).toBe('ltr');
    });

    it('wraps a long title inside a narrow card', () => {
      const long = { ...role('sales-manager-north'), title: 'Senior Regional Channel Development and Key Account Relationship Manager (Northern Provinces)' };
      const { container } = render(
        <div style={{ width: 300 }}>
          <RoleCard role={long} org={salesOrg} />
        </div>,
      );
      const card = container.querySelector<HTMLElement>('.rk-card')!;
      expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
    });
  });

  describe('accessibility, contrast included', () => {
    it('has no axe violations in the light theme, before and after expanding', async () => {
      const { container } = render(<RoleCard role={role('sales-director')} org={salesOrg} reportsLimit={2} getRoleHref={(id) => `#${id}`} />);
      await expectNoAxeViolations(container);
      screen.getByRole('button', { name: '+3 more' }).click();
      await expectNoAxeViolations(container);
    });

    it('has no axe violations in the dark theme, full and compact, held and vacant', async () => {
      const { container } = render(
        <div data-rk-theme="dark" style={{ background: '#0f172a', padding: 16 }}>
          <RoleCard role={role('sales-manager-north')} org={salesOrg} getRoleHref={(id) => `#${id}`} />
          <RoleCard role={role('bid-coordinator')} org={salesOrg} />
          <RoleCard variant="compact" role={role('rep-north-tianjin')} org={salesOrg} />
        </div>,
      );
      await expectNoAxeViolations(container);
    });
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

/** Shares of an image's pixels that are near white and that are dark, as drawn at 64×64. */
function inkOf(img: HTMLImageElement): { light: number; dark: number } {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 64;
  const context = canvas.getContext('2d')!;
  context.drawImage(img, 0, 0, 64, 64);
  const { data } = context.getImageData(0, 0, 64, 64);
  let light = 0;
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) {
    const luminance = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
    if (luminance > 200) light++;
    else if (luminance < 140) dark++;
  }
  return { light: light / (64 * 64), dark: dark / (64 * 64) };
}

function withAvatar(personId: string, avatarUrl: string): Org {
  return withPerson(personId, { avatarUrl });
}

function withPerson(personId: string, change: Partial<Person>): Org {
  return { ...salesOrg, people: salesOrg.people!.map((person) => (person.id === personId ? { ...person, ...change } : person)) };
}

/** Where an element's text is drawn (its glyphs, not its box). */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** Where one character of an element's (single) text is drawn. */
function charBox(element: Element, char: string): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode() as Text;
  const at = node.data.indexOf(char);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + char.length);
  return range.getBoundingClientRect();
}
