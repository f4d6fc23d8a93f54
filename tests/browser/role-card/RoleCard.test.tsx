/// <reference types="vite/client" />
import '../../../src/styles.css';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, screen, waitFor } from '@testing-library/react';
import { RoleCard, type Org, type Role } from '../../../src';
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
      const department = screen.getByText('Sales Administration and Tender Management').getBoundingClientRect();
      const reports = screen.getByText('3 reports').getBoundingClientRect();
      expect(Math.abs(department.top - reports.top)).toBeLessThan(2);
      expect(reports.right).toBeLessThanOrEqual(screen.getByRole('article').getBoundingClientRect().right);
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
  return { ...salesOrg, people: salesOrg.people!.map((person) => (person.id === personId ? { ...person, avatarUrl } : person)) };
}
