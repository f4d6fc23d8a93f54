import { useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { OrgLayout } from '../model/layout';
import type { OnDemand } from '../internal/onDemand';
import type { ChartColours } from './colours';
import { paperFeature } from './print/feature';

type Marks = typeof import('./marks');

/** `marksRef`, `marks`, `colours`, `refresh` and `pad` drew the marks for print; paper's pages replaced that, they are unused. */
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
  /** Up to this many, printing renders every node (until paper's chunk is here). */
  printAllUpTo: number;
  pad: number;
}

/**
 * Printing before paper's chunk is here (`usePaper` fetches it 1.5 s after mount), and in
 * the list view: a virtualised chart or list of up to `printAllUpTo` roles renders every
 * node for the page, synchronously — the browser lays the page out as soon as
 * `beforeprint` returns, so nothing here may wait. Once the chunk is here, the chart view
 * prints paper's pages instead (drawn from the layout; no DOM of the whole chart).
 * `printingMarks` stays false: the marks no longer print (paper replaced them).
 */
export function usePrintMode(params: UsePrintModeParams): { printing: boolean; printingMarks: RefObject<boolean> } {
  const [printing, setPrinting] = useState(false);
  const printingMarks = useRef(false);
  // The latest render's, read when printing starts: the listeners stay registered once.
  const latest = useRef(params);
  latest.current = params;
  useEffect(() => {
    const before = () => {
      const { count, layout, virtualFrom, printAllUpTo } = latest.current;
      if (count <= virtualFrom || count > printAllUpTo || (paperFeature.current && layout)) return;
      flushSync(() => setPrinting(true));
    };
    const after = () => setPrinting(false);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  return { printing, printingMarks };
}
