/**
 * The page `npm run bench` drives (bench/run.mjs): rolekit's OrgChart or the floor
 * (bench/floor.tsx), on generateOrg(n) fully expanded, behind `window.rkBench`.
 */
import { createRef, useState, type Dispatch, type SetStateAction } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { OrgChart, getOrgModel, layoutOrg, type Org, type OrgChartHandle } from '../src';
import { parseOrg, rollupOrg } from '../src/model';
import { generateOrg } from '../src/examples';
import { fromCSV, toCSV } from '../src/import';
import Papa from 'papaparse';
// What a host that shows only the chart imports.
import '../src/org-chart/org-chart.css';
import '../src/internal/base.css';
import { FloorChart } from './floor';

type Kind = 'floor' | 'rolekit';

let org: Org | null = null;
let root: Root | null = null;
let kind: Kind = 'rolekit';
const handle = createRef<OrgChartHandle>();
let setFloorCollapsed: Dispatch<SetStateAction<ReadonlySet<string>>> | null = null;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Time until the second animation frame after `start`: the work is done and painted. */
async function settle(start: number) {
  await frame();
  await frame();
  return performance.now() - start;
}
const domCount = () => document.getElementsByTagName('*').length;

function Floor({ org }: { org: Org }) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  setFloorCollapsed = setCollapsed;
  return <FloorChart org={org} collapsed={collapsed} />;
}

/** The root's report with the most roles under it. */
function largestSubtree(o: Org) {
  const index = getOrgModel(o).index;
  let best = { id: '', size: -1 };
  for (const root of index.roots)
    for (const r of index.reports(root.id)) {
      const size = index.descendantCount(r.id) + 1;
      if (size > best.size) best = { id: r.id, size };
    }
  return best;
}

let frames: number[] = [];
let recording = false;

declare global {
  interface Window {
    rkBench: unknown;
  }
}

window.rkBench = {
  /** Every holder's name, for bench/print.mjs to find in the PDF's text. */
  names() {
    return (org?.people ?? []).map((p) => p.name);
  },
  /** handle.toPDF() twice (the first loads pdf-lib), the second timed: #18's "toPDF() of 1,000 roles ≤ 3 s". */
  async timeToPDF() {
    await handle.current!.toPDF();
    const start = performance.now();
    const pdf = await handle.current!.toPDF();
    return { ms: performance.now() - start, bytes: pdf.size };
  },
  /** handle.print(): the chart alone on paper (headless Chromium's print() returns at once). */
  print(options: Parameters<OrgChartHandle['print']>[0]) {
    return handle.current!.print(options);
  },
  prepare(n: number) {
    org = generateOrg(n, 1);
    root?.unmount();
    root = null;
  },
  async mount(which: Kind) {
    kind = which;
    const host = document.getElementById('viewport')!;
    const start = performance.now();
    root = createRoot(host);
    // Synchronously: a concurrent render could start after the frames we wait for.
    flushSync(() =>
      root!.render(which === 'floor' ? <Floor org={org!} /> : <OrgChart org={org!} handleRef={handle} defaultExpandDepth={Infinity} height={720} />),
    );
    const syncMs = performance.now() - start;
    const ms = await settle(start);
    return { ms, syncMs, dom: domCount() };
  },
  async toggleLargest() {
    const { id, size } = largestSubtree(org!);
    let start = performance.now();
    flushSync(() => (kind === 'floor' ? setFloorCollapsed!(new Set([id])) : handle.current!.collapse(id)));
    const collapseSyncMs = performance.now() - start;
    const collapseMs = await settle(start);
    start = performance.now();
    flushSync(() => (kind === 'floor' ? setFloorCollapsed!(new Set()) : handle.current!.expand(id)));
    const expandSyncMs = performance.now() - start;
    const expandMs = await settle(start);
    return { collapseMs, expandMs, collapseSyncMs, expandSyncMs, size };
  },
  async fit() {
    if (kind === 'floor') return null;
    // Run with reduced motion (run.mjs): the fit jumps, so this is its cost, not the 220 ms glide.
    const start = performance.now();
    void handle.current!.fit();
    const ms = await settle(start);
    return { dom: domCount(), ms };
  },
  /** handle.focusTeam on the largest branch (its team at focusDepth 2, the rest out of the layout), then back to the whole org. */
  async focus() {
    if (kind === 'floor') return null;
    const { id, size } = largestSubtree(org!);
    let start = performance.now();
    flushSync(() => void handle.current!.focusTeam(id));
    const focusMs = await settle(start);
    const dom = domCount();
    start = performance.now();
    flushSync(() => void handle.current!.focusTeam(null));
    const unfocusMs = await settle(start);
    return { focusMs, unfocusMs, dom, size };
  },
  startFrames() {
    frames = [];
    recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      if (!recording) return;
      frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  },
  stopFrames() {
    recording = false;
    return frames;
  },
  /**
   * Diagnostics (not part of the budgets): the model and layout alone, `times` times on
   * fresh copies of generateOrg(n), fully expanded then with the largest branch collapsed
   * — how much of a first run is the JIT warming up.
   */
  layoutWarmup(n: number, times: number) {
    const out: Array<{ layout: number; collapsed: number }> = [];
    for (let k = 0; k < times; k++) {
      const o = generateOrg(n, 1);
      let start = performance.now();
      layoutOrg(o, { expandDepth: Infinity });
      const layout = performance.now() - start;
      const { id } = largestSubtree(o);
      const expanded = new Set(o.roles.filter((r) => getOrgModel(o).index.reports(r.id).length > 0 && r.id !== id).map((r) => r.id));
      start = performance.now();
      layoutOrg(o, { expandedIds: expanded });
      out.push({ layout, collapsed: performance.now() - start });
    }
    return out;
  },
  /**
   * rollupOrg on fresh copies of generateOrg(n), each already indexed (as the chart has it),
   * `times` times in one page, then every role's figures read: milliseconds per run.
   */
  rollup(n: number, times: number) {
    const out: number[] = [];
    for (let k = 0; k < times; k++) {
      const o = generateOrg(n, k + 1);
      void getOrgModel(o);
      const start = performance.now();
      const rollup = rollupOrg(o);
      let people = 0;
      for (const role of o.roles) people += rollup.get(role.id)!.headcount;
      out.push(performance.now() - start);
      if (people < 0) throw new Error('unreachable');
    }
    return out;
  },
  /**
   * #15's "100,000 CSV rows → Org ≤ 2.5× the parser alone": the same text (toCSV of
   * generateOrg(n), so every column fromCSV reads) through papaparse alone, then fromCSV,
   * interleaved `times` times in one page so both see the same machine: ms per run, and
   * parseOrg alone on the result (what validating the org costs of fromCSV's time).
   */
  csv(n: number, times: number) {
    const text = toCSV(generateOrg(n, 1));
    const runs: Array<{ papaparse: number; fromCSV: number; parseOrg: number }> = [];
    for (let k = 0; k < times; k++) {
      let start = performance.now();
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
      const papaparse = performance.now() - start;
      start = performance.now();
      const result = fromCSV(text);
      const fromCSVms = performance.now() - start;
      // Diagnostic: the validation fromCSV ends with, alone on the org it built.
      start = performance.now();
      parseOrg(result.ok ? result.org : null);
      runs.push({ papaparse, fromCSV: fromCSVms, parseOrg: performance.now() - start });
      // A result that is not the whole org would time the wrong thing.
      if (!result.ok || result.org.roles.length !== n || parsed.data.length !== n + 1) throw new Error(`csv bench: ${result.ok ? result.org.roles.length : result.issues[0]?.message}`);
    }
    return { bytes: text.length, runs };
  },
  /** The floor has no drag-to-pan: scroll its viewport along the same path the mouse takes. */
  floorPan(step: number) {
    const el = document.getElementById('viewport')!;
    el.scrollLeft = el.scrollWidth / 2 + Math.sin(step / 10) * 300;
    el.scrollTop = 200 + Math.cos(step / 10) * 200;
  },
};
