import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { act, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { OrgChart, layoutOrg, outlineOrg, type Org, type OrgChartHandle, type OrgChartProps } from '../../../src';
import { generateOrg, salesOrg } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';
import '../../../src/styles.css';

const org300 = generateOrg(300, 3);
const org3000 = generateOrg(3000, 4);
const treeitems = () => document.querySelectorAll<HTMLElement>('[role="treeitem"]');
const focusedId = () => document.activeElement?.getAttribute('data-role-id');
const viewport = () => document.querySelector<HTMLElement>('[data-slot="org-chart-viewport"]')!;
const item = (id: string) => document.querySelector<HTMLElement>(`[data-role-id="${id}"]`);

function insideViewport(element: HTMLElement) {
  const v = viewport().getBoundingClientRect();
  const b = element.getBoundingClientRect();
  return b.left >= v.left - 0.5 && b.right <= v.right + 0.5 && b.top >= v.top - 0.5 && b.bottom <= v.bottom + 0.5;
}

describe('OrgChart at scale (real Chromium)', () => {
  describe('given 300 roles fully expanded in a small viewport', () => {
    const outline = outlineOrg(org300, { expandDepth: Infinity });
    beforeEach(() => {
      render(<Fixture org={org300} />);
    });

    it('renders only a window of the nodes', () => {
      expect(treeitems().length).toBeGreaterThan(0);
      expect(treeitems().length).toBeLessThan(120);
    });

    it('passes axe', async () => {
      await expectNoAxeViolations(document.querySelector('.rk-org-chart')!);
    });

    it('walks every node in outline order with ArrowDown, each with its level, set size and position', async () => {
      item(outline.items[0]!.id)!.focus();
      await userEvent.keyboard('{End}{Home}');
      for (let k = 0; k < outline.items.length; k++) {
        const expected = outline.items[k]!;
        const focused = document.activeElement as HTMLElement;
        expect(focused.getAttribute('data-role-id')).toBe(expected.id);
        expect(focused.getAttribute('aria-level')).toBe(String(expected.depth + 1));
        expect(focused.getAttribute('aria-setsize')).toBe(String(expected.setSize));
        expect(focused.getAttribute('aria-posinset')).toBe(String(expected.posInSet));
        expect(insideViewport(focused)).toBe(true);
        if (k < outline.items.length - 1) await userEvent.keyboard('{ArrowDown}');
      }
      expect(treeitems().length).toBeLessThan(120);
    }, 120_000);

    it('End moves to the last node, off screen, and brings it into view', async () => {
      item(outline.items[0]!.id)!.focus();
      await userEvent.keyboard('{End}');
      expect(focusedId()).toBe(outline.items.at(-1)!.id);
      expect(insideViewport(document.activeElement as HTMLElement)).toBe(true);
      await userEvent.keyboard('{ArrowUp}');
      expect(focusedId()).toBe(outline.items.at(-2)!.id);
    });
  });

  describe('PageDown and PageUp', () => {
    const outline = outlineOrg(org300, { expandDepth: Infinity });
    const at = () => outline.indexOf(focusedId()!);

    it('move a screenful of nodes through a virtualised chart, bring each into view, and stop at the ends', async () => {
      render(<Fixture org={org300} />);
      item(outline.items[0]!.id)!.focus();
      await userEvent.keyboard('{PageDown}');
      const page = at();
      expect(page).toBeGreaterThan(1);
      expect(insideViewport(document.activeElement as HTMLElement)).toBe(true);
      await userEvent.keyboard('{PageDown}');
      expect(at()).toBe(2 * page);
      await userEvent.keyboard('{PageUp}{PageUp}{PageUp}');
      expect(at()).toBe(0);
      await userEvent.keyboard('{End}{PageDown}');
      expect(at()).toBe(outline.items.length - 1);
      await userEvent.keyboard('{PageUp}');
      expect(at()).toBe(outline.items.length - 1 - page);
      expect(insideViewport(document.activeElement as HTMLElement)).toBe(true);
    });

    it('in the list view, move to a row that was on screen: one screenful, not more', async () => {
      render(<Fixture org={org300} defaultView="list" />);
      item(outline.items[0]!.id)!.focus();
      const onScreen = [...treeitems()].filter(insideViewport).map((el) => el.getAttribute('data-role-id'));
      await userEvent.keyboard('{PageDown}');
      expect(at()).toBeGreaterThan(1);
      expect(onScreen).toContain(focusedId());
      await userEvent.keyboard('{PageDown}{PageDown}');
      expect(insideViewport(document.activeElement as HTMLElement)).toBe(true);
    });
  });

  describe('the handle', () => {
    it('centerOn brings a far node into the DOM and the middle of the view', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Fixture org={org3000} handleRef={handle} />);
      const far = 'r2999';
      expect(item(far)).toBeNull();
      let centred: Promise<boolean> | undefined;
      act(() => {
        centred = handle.current!.centerOn(far);
      });
      await expect(centred).resolves.toBe(true);
      // Settled: the view is where it stays.
      const settled = handle.current!.getTransform();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(handle.current!.getTransform()).toEqual(settled);
      await expect.poll(() => item(far) !== null && insideViewport(item(far)!)).toBe(true);
      const v = viewport().getBoundingClientRect();
      const b = item(far)!.getBoundingClientRect();
      expect(Math.abs(b.left + b.width / 2 - (v.left + v.width / 2))).toBeLessThan(2);
    });

    it('centerOn the node that already holds the tab stop centres it now, and never later', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Fixture org={org3000} handleRef={handle} />);
      const far = 'r2999';
      await act(() => handle.current!.centerOn(far, { focus: true }));
      await expect.poll(() => focusedId()).toBe(far);
      const centred = handle.current!.getTransform();
      // The user pans away…
      viewport().dispatchEvent(new WheelEvent('wheel', { deltaX: 300, deltaY: 200, bubbles: true, cancelable: true }));
      await expect.poll(() => handle.current!.getTransform().x).not.toBe(centred.x);
      // …and the host asks again for the node that is already the tab stop.
      await act(async () => {
        await expect(handle.current!.centerOn(far, { focus: true })).resolves.toBe(true);
      });
      expect(handle.current!.getTransform().x).toBeCloseTo(centred.x, 0);
      expect(handle.current!.getTransform().y).toBeCloseTo(centred.y, 0);
      // Panned away again, a later render (selecting the node) leaves the view alone.
      viewport().dispatchEvent(new WheelEvent('wheel', { deltaX: 300, deltaY: 200, bubbles: true, cancelable: true }));
      await expect.poll(() => handle.current!.getTransform().x).not.toBe(centred.x);
      const panned = handle.current!.getTransform();
      await userEvent.keyboard('{Enter}');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(handle.current!.getTransform()).toEqual(panned);
    });

    it('fit() resolves once the view has settled', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Fixture org={org3000} handleRef={handle} />);
      await act(() => handle.current!.fit());
      expect(handle.current!.getTransform().k).toBe(0.05);
    });

    it('centerOn expands the managers of a hidden node', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Fixture org={org3000} handleRef={handle} defaultExpandDepth={1} />);
      act(() => {
        void handle.current!.centerOn('r2999', { focus: true });
      });
      await expect.poll(() => focusedId()).toBe('r2999');
      expect(insideViewport(item('r2999')!)).toBe(true);
    });

    it('says so when asked to centre a role that does not exist', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Fixture org={salesOrg} handleRef={handle} />);
      await expect(handle.current!.centerOn('nobody')).resolves.toBe(false);
    });

    it('fit() zooms out to show the chart, and the DOM stays small', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Fixture org={org3000} handleRef={handle} />);
      act(() => void handle.current!.fit());
      await expect.poll(() => handle.current!.getTransform().k).toBe(0.05);
      const root = document.querySelector('.rk-org-chart')!;
      await expect.poll(() => root.getAttribute('data-detail')).toBe('marks');
      expect(root.getElementsByTagName('*').length).toBeLessThan(200);
    });

    it('toSVG() resolves to a standalone SVG with every role’s title', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Fixture org={salesOrg} handleRef={handle} defaultExpandDepth={Infinity} />);
      const svg = new DOMParser().parseFromString(await handle.current!.toSVG(), 'image/svg+xml');
      expect(svg.querySelector('parsererror')).toBeNull();
      expect(svg.documentElement.localName).toBe('svg');
      for (const role of salesOrg.roles) expect(svg.documentElement.textContent).toContain(role.title.slice(0, 12));
    });
  });

  describe('zoom', () => {
    let handle: React.RefObject<OrgChartHandle | null>;
    beforeEach(() => {
      handle = createRef<OrgChartHandle>();
      render(<Fixture org={salesOrg} handleRef={handle} minScale={0.5} maxScale={1.5} />);
    });
    afterEach(() => {
      document.documentElement.removeAttribute('style');
    });

    const wheel = (init: WheelEventInit) => {
      const box = viewport().getBoundingClientRect();
      viewport().dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: box.left + 100, clientY: box.top + 100, ...init }));
    };
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

    it('the zoom in button scales up, and stops at maxScale', async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
      await expect.poll(() => handle.current!.getTransform().k).toBeCloseTo(1.25);
      await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
      await expect.poll(() => handle.current!.getTransform().k).toBe(1.5);
    });

    it('the zoom out button scales down, and stops at minScale', async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
      await expect.poll(() => handle.current!.getTransform().k).toBeCloseTo(0.8);
      // Clicks during the animation zoom from where it is heading: 0.64, 0.512, then the limit.
      for (let k = 0; k < 3; k++) await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
      await expect.poll(() => handle.current!.getTransform().k).toBe(0.5);
    });

    it('Ctrl + wheel zooms around the pointer', async () => {
      const before = handle.current!.getTransform();
      wheel({ deltaY: -100, ctrlKey: true });
      await frames();
      const after = handle.current!.getTransform();
      expect(after.k).toBeGreaterThan(before.k);
      // The chart point under the pointer (100, 100 from the border box; transforms are
      // relative to the padding box, inside the border) has not moved.
      const at = 100 - viewport().clientLeft;
      expect((at - after.x) / after.k).toBeCloseTo((at - before.x) / before.k, 5);
    });

    it('a plain wheel pans without zooming', async () => {
      const before = handle.current!.getTransform();
      wheel({ deltaY: 120, deltaX: 30 });
      await frames();
      expect(handle.current!.getTransform()).toEqual({ x: before.x - 30, y: before.y - 120, k: before.k });
    });

    it('+, − and 0 zoom when the chart has focus', async () => {
      item('sales-director')!.focus();
      await userEvent.keyboard('+');
      await expect.poll(() => handle.current!.getTransform().k).toBeCloseTo(1.25);
      await userEvent.keyboard('-');
      await expect.poll(() => handle.current!.getTransform().k).toBeCloseTo(1);
    });

    it('dragging pans, and the drag does not select the node it ends on', async () => {
      const before = handle.current!.getTransform();
      const director = item('sales-director')!;
      const box = director.getBoundingClientRect();
      const at = (x: number, y: number, type: string) =>
        director.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, clientX: x, clientY: y }));
      at(box.left + 10, box.top + 10, 'pointerdown');
      at(box.left + 30, box.top + 15, 'pointermove');
      at(box.left + 70, box.top + 40, 'pointermove');
      at(box.left + 70, box.top + 40, 'pointerup');
      director.click();
      await frames();
      const after = handle.current!.getTransform();
      expect(after.x - before.x).toBeCloseTo(60);
      expect(after.y - before.y).toBeCloseTo(30);
      expect(director).not.toHaveAttribute('aria-selected');
    });
  });

  describe('search', () => {
    it('announces the count, expands and highlights the match and its path on Enter', async () => {
      render(<Fixture org={salesOrg} defaultExpandDepth={1} />);
      const box = screen.getByRole('searchbox', { name: 'Search' });
      await userEvent.type(box, 'beijing');
      const status = screen.getByRole('status');
      expect(status).toHaveTextContent('1 match');
      await userEvent.keyboard('{Enter}');
      const rep = await screen.findByRole('treeitem', { name: /^Sales Representative, Beijing/ });
      expect(rep).toHaveAttribute('data-match', '');
      expect(item('sales-manager-north')).toHaveAttribute('data-match-path', '');
      expect(item('sales-director')).toHaveAttribute('data-match-path', '');
      expect(document.querySelector('[data-slot="org-chart-connectors"] [data-kind="path"]')).not.toBeNull();
      await expect.poll(() => insideViewport(rep)).toBe(true);
      expect(box).toHaveFocus();
      await expectNoAxeViolations(document.querySelector('.rk-org-chart')!);
    });

    it('says so when nothing matches', async () => {
      render(<Fixture org={salesOrg} />);
      await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'zzzz');
      expect(screen.getByRole('status')).toHaveTextContent('No matches');
      expect(document.querySelector('[data-match]')).toBeNull();
    });

    it('Enter cycles through the matches, Shift+Enter goes back', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Fixture org={salesOrg} handleRef={handle} defaultQuery="sales manager" />);
      const box = screen.getByRole('searchbox', { name: 'Search' });
      box.focus();
      const centreOf = () => {
        const t = handle.current!.getTransform();
        // Transforms are relative to the padding box (inside the border).
        const v = viewport();
        return { x: (v.clientWidth / 2 - t.x) / t.k, y: (v.clientHeight / 2 - t.y) / t.k };
      };
      const layout = layoutOrg(salesOrg, { expandDepth: 2 });
      const centreOfNode = (id: string) => {
        const n = layout.node(id)!;
        return { x: n.x + n.width / 2, y: n.y + n.height / 2 };
      };
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => centreOf().x).toBeCloseTo(centreOfNode('sales-manager-north').x, 0);
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => centreOf().x).toBeCloseTo(centreOfNode('sales-manager-east').x, 0);
      await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
      await expect.poll(() => centreOf().x).toBeCloseTo(centreOfNode('sales-manager-north').x, 0);
    });
  });

  describe('the minimap', () => {
    it('shows the visible area and moves the chart where it is pressed', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Fixture org={org3000} handleRef={handle} minimap />);
      // It loads on demand, just after the chart's first paint: in the test server that is a
      // module transformed on first request, which on a busy machine takes more than poll's 1 s.
      await expect.poll(() => document.querySelector('[data-slot="org-chart-minimap"]'), { timeout: 10_000 }).not.toBeNull();
      const minimap = document.querySelector<HTMLElement>('[data-slot="org-chart-minimap"]')!;
      const frame = minimap.querySelector<HTMLElement>('[data-slot="org-chart-minimap-viewport"]')!;
      await expect.poll(() => frame.getBoundingClientRect().width).toBeGreaterThan(0);
      const before = handle.current!.getTransform();
      const box = minimap.getBoundingClientRect();
      await userEvent.click(minimap, { position: { x: 10, y: box.height / 2 } });
      // Pressing near the left edge of the overview brings the chart's far left into view.
      await expect.poll(() => handle.current!.getTransform().x).toBeGreaterThan(before.x);
      expect(handle.current!.getTransform().k).toBe(before.k);
    });
  });

  describe('the list view of 3,000 roles', () => {
    it('renders only the rows in view and still walks to the end', async () => {
      render(<Fixture org={org3000} view="list" />);
      expect(treeitems().length).toBeLessThan(80);
      const outline = outlineOrg(org3000, { expandDepth: Infinity });
      item(outline.items[0]!.id)!.focus();
      await userEvent.keyboard('{End}');
      expect(focusedId()).toBe(outline.items.at(-1)!.id);
      expect(document.activeElement).toHaveAttribute('aria-level', String(outline.items.at(-1)!.depth + 1));
      await expect.poll(() => treeitems().length).toBeLessThan(80);
    });
  });
});

// Opens at 100 % on the tab stop (not the readable default): these tests count zoom steps and pans from there.
function Fixture(props: Partial<OrgChartProps> & { org: Org }) {
  return (
    <div style={{ width: 800 }}>
      <OrgChart initialView="selected" defaultExpandDepth={Infinity} height={400} dir="ltr" {...props} />
    </div>
  );
}
