import { useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { OrgLayout } from '../model/layout';
import type { OnDemand } from '../internal/onDemand';
import type { ChartColours } from './colours';

type Marks = typeof import('./marks');

export interface UsePrintModeParams {
  /** Visible roles. */
  count: number;
  /** null in the list view. */
  layout: OrgLayout | null;
  matches: ReadonlySet<string> | null;
  marksRef: RefObject<HTMLCanvasElement | null>;
  /** Loaded after mount by every virtualised chart, so it is there when a big chart prints. */
  marks: OnDemand<Marks>;
  colours: RefObject<ChartColours | null>;
  /** Repaints the view once the page is printed. */
  refresh: () => void;
  /** Up to this many visible roles every node is rendered anyway: CSS alone prints them. */
  virtualFrom: number;
  /** Up to this many, printing renders every node; beyond, the page gets the marks. */
  printAllUpTo: number;
  pad: number;
}

/**
 * Printing: the whole chart, fitted to the page width (the CSS drops the transform). A
 * virtualised chart renders every node for the page, synchronously — the browser lays the
 * page out as soon as `beforeprint` returns, so nothing here may wait. A chart too big for
 * that prints its marks, drawn for the page. Returns whether it is printing every node.
 */
export function usePrintMode(params: UsePrintModeParams): { printing: boolean; printingMarks: RefObject<boolean> } {
  const [printing, setPrinting] = useState(false);
  const printingMarks = useRef(false);
  // The latest render's, read when printing starts: the listeners stay registered once.
  const latest = useRef(params);
  latest.current = params;
  useEffect(() => {
    const before = () => {
      const { count, layout, matches, marksRef, marks, colours, virtualFrom, printAllUpTo, pad } = latest.current;
      if (count <= virtualFrom) return;
      if (count <= printAllUpTo) return flushSync(() => setPrinting(true));
      const canvas = marksRef.current;
      if (!canvas || !layout || !marks.current) return;
      printingMarks.current = true;
      const b = layout.bounds;
      const width = 1000;
      const k = width / (b.width + 2 * pad);
      const height = Math.ceil((b.height + 2 * pad) * k);
      colours.current ??= marks.current.readChartColours(canvas);
      marks.current.drawMarks(canvas, layout, { x: (pad - b.x) * k, y: (pad - b.y) * k, k }, width, height, colours.current, matches, 2);
    };
    const after = () => {
      setPrinting(false);
      if (!printingMarks.current) return;
      printingMarks.current = false;
      latest.current.refresh();
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  return { printing, printingMarks };
}
