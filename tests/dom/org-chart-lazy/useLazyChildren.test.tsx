import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { Org, Role } from '../../../src';
import { useLazyChildren, type LazyChildrenState, type LoadChildren } from '../../../src/org-chart/useLazyChildren';

const base: Org = {
  name: 'Lazy',
  people: [{ id: 'p-ceo', name: 'Ada Chief' }],
  roles: [
    { id: 'ceo', title: 'Chief Executive', holderIds: ['p-ceo'] },
    { id: 'cto', title: 'Chief Technology Officer', reportsTo: 'ceo', reportCount: 2 },
    { id: 'cfo', title: 'Chief Financial Officer', reportsTo: 'ceo', reportCount: 1 },
  ],
};
const engineers: Role[] = [
  { id: 'eng-1', title: 'Engineer 1' },
  { id: 'eng-2', title: 'Engineer 2', reportsTo: 'cto' },
];

/** A deferred promise, settled by the test. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useLazyChildren', () => {
  let latest: LazyChildrenState;
  let orgs: Org[];
  beforeEach(() => {
    orgs = [];
  });

  function Fixture({ org, loadChildren }: { org: Org; loadChildren?: LoadChildren }) {
    latest = useLazyChildren(org, loadChildren);
    if (orgs.at(-1) !== latest.org) orgs.push(latest.org);
    return (
      <ul>
        {latest.org.roles.map((r) => (
          <li key={r.id} data-status={latest.status(r.id)}>
            {r.title}
          </li>
        ))}
      </ul>
    );
  }

  describe('before anything loads', () => {
    it('returns the given org itself, across renders', () => {
      const { rerender } = render(<Fixture org={base} loadChildren={vi.fn()} />);
      rerender(<Fixture org={base} loadChildren={vi.fn()} />);
      expect(latest.org).toBe(base);
      expect(orgs).toHaveLength(1);
    });

    it('knows which roles have reports still to load', () => {
      render(<Fixture org={base} />);
      expect(latest.hasUnloadedChildren('cto')).toBe(true);
      expect(latest.hasUnloadedChildren('ceo')).toBe(false);
      expect(latest.status('cto')).toBe('idle');
    });
  });

  describe('given a load that succeeds', () => {
    it('is loading until it settles', async () => {
      const d = deferred<Role[]>();
      render(<Fixture org={base} loadChildren={() => d.promise} />);
      act(() => void latest.load('cto'));
      expect(latest.status('cto')).toBe('loading');
      await act(async () => d.resolve(engineers));
      // The merge code is a chunk of its own, loaded with the first load.
      await waitFor(() => expect(latest.status('cto')).toBe('loaded'));
    });

    it('merges the roles, defaulting reportsTo to the parent', async () => {
      render(<Fixture org={base} loadChildren={async () => engineers} />);
      await act(() => latest.load('cto'));
      expect(screen.getByText('Engineer 1')).toBeInTheDocument();
      expect(latest.org.roles.find((r) => r.id === 'eng-1')?.reportsTo).toBe('cto');
      expect(latest.org.roles).toHaveLength(5);
      expect(latest.hasUnloadedChildren('cto')).toBe(false);
      expect(base.roles).toHaveLength(3); // the input is never mutated
    });

    it('makes one new org, then keeps it across renders', async () => {
      const { rerender } = render(<Fixture org={base} loadChildren={async () => engineers} />);
      await act(() => latest.load('cto'));
      const merged = latest.org;
      rerender(<Fixture org={base} loadChildren={async () => engineers} />);
      expect(latest.org).toBe(merged);
      expect(orgs).toEqual([base, merged]);
    });

    it('merges the roles and people of an Org result', async () => {
      const fragment: Org = { name: 'CFO office', roles: [{ id: 'controller', title: 'Controller', holderIds: ['p-c'] }], people: [{ id: 'p-c', name: 'Cy Count' }] };
      render(<Fixture org={base} loadChildren={async () => fragment} />);
      await act(() => latest.load('cfo'));
      expect(latest.org.roles.at(-1)).toMatchObject({ id: 'controller', reportsTo: 'cfo' });
      expect(latest.org.people?.map((p) => p.id)).toEqual(['p-ceo', 'p-c']);
    });

    it('does nothing when called again after loading', async () => {
      const load = vi.fn(async () => engineers);
      render(<Fixture org={base} loadChildren={load} />);
      await act(() => latest.load('cto'));
      await act(() => latest.load('cto'));
      expect(load).toHaveBeenCalledTimes(1);
    });
  });

  describe('given two calls while loading', () => {
    it('sends one request and returns the same promise', async () => {
      const d = deferred<Role[]>();
      const load = vi.fn(() => d.promise);
      render(<Fixture org={base} loadChildren={load} />);
      let first!: Promise<void>;
      let second!: Promise<void>;
      act(() => {
        first = latest.load('cto');
      });
      act(() => {
        second = latest.load('cto');
      });
      expect(second).toBe(first);
      expect(load).toHaveBeenCalledTimes(1);
      await act(async () => d.resolve(engineers));
    });
  });

  describe('given a load that fails', () => {
    it('reports the error, then a retry succeeds', async () => {
      const boom = new Error('503');
      const load = vi.fn<LoadChildren>().mockRejectedValueOnce(boom).mockResolvedValueOnce(engineers);
      render(<Fixture org={base} loadChildren={load} />);
      await act(() => latest.load('cto'));
      expect(latest.status('cto')).toBe('error');
      expect(latest.error('cto')).toBe(boom);
      expect(latest.org).toBe(base);
      await act(() => latest.load('cto'));
      expect(latest.status('cto')).toBe('loaded');
      expect(load).toHaveBeenCalledTimes(2);
    });

    it('treats a loader that throws synchronously as an error', async () => {
      const boom = new Error('sync');
      render(<Fixture org={base} loadChildren={() => { throw boom; }} />);
      await act(() => latest.load('cto'));
      expect(latest.status('cto')).toBe('error');
      expect(latest.error('cto')).toBe(boom);
    });

    it('treats a malformed result as an error', async () => {
      render(<Fixture org={base} loadChildren={async () => ({ nope: true }) as unknown as Org} />);
      await act(() => latest.load('cto'));
      expect(latest.status('cto')).toBe('error');
      expect(String(latest.error('cto'))).toMatch(/TypeError: loadChildren\(cto\): expected Role\[\] or Org/);
      expect(latest.org).toBe(base);
    });
  });

  describe('given loaded ids that already exist', () => {
    it('keeps the first and reports the duplicate', async () => {
      render(<Fixture org={base} loadChildren={async () => [{ id: 'ceo', title: 'Impostor' }, ...engineers]} />);
      await act(() => latest.load('cto'));
      expect(latest.org.roles.filter((r) => r.id === 'ceo')).toEqual([base.roles[0]]);
      expect(screen.queryByText('Impostor')).toBeNull();
      expect(latest.issues).toEqual([
        { code: 'duplicate_id', path: ['loadChildren', 'cto', 'roles', 0], message: expect.stringContaining('"ceo"') },
      ]);
    });
  });

  describe('given a new org', () => {
    it('forgets what was loaded for the old one', async () => {
      const { rerender } = render(<Fixture org={base} loadChildren={async () => engineers} />);
      await act(() => latest.load('cto'));
      const next: Org = { ...base, roles: [...base.roles] };
      rerender(<Fixture org={next} loadChildren={async () => engineers} />);
      expect(latest.org).toBe(next);
      expect(latest.status('cto')).toBe('idle');
      expect(latest.issues).toEqual([]);
      expect(screen.queryByText('Engineer 1')).toBeNull();
    });

    it('does not bring back old loads when the first org comes back', async () => {
      const { rerender } = render(<Fixture org={base} loadChildren={async () => engineers} />);
      await act(() => latest.load('cto'));
      rerender(<Fixture org={{ ...base }} loadChildren={async () => engineers} />);
      rerender(<Fixture org={base} loadChildren={async () => engineers} />);
      expect(latest.org).toBe(base);
      expect(latest.hasUnloadedChildren('cto')).toBe(true);
    });
  });

  describe('given an unmount while loading', () => {
    const errors = vi.spyOn(console, 'error');
    afterEach(() => errors.mockClear());

    it('settles without a React warning', async () => {
      const d = deferred<Role[]>();
      const { unmount } = render(<Fixture org={base} loadChildren={() => d.promise} />);
      let pending!: Promise<void>;
      act(() => {
        pending = latest.load('cto');
      });
      unmount();
      d.resolve(engineers);
      await pending;
      expect(errors).not.toHaveBeenCalled();
    });
  });
});
