/**
 * Paper: the visible chart cut into printed pages. Pure, no React, no DOM; every length
 * out is in PostScript points (1/72 in) on the page's printable area, so the browser's
 * print markup and the PDF writer place the same boxes at the same spots.
 *
 * The algorithm:
 * 1. Fit one page: if the whole layout (as on screen, with its connectors) fits the
 *    printable area at a scale where the smallest card text (12 px) is still ≥ `minTextPt`,
 *    it is scaled to fill the area's width or height and centred. Done.
 * 2. Otherwise a book, laid out again per page (the screen layout spaces a manager's reports
 *    for their whole subtrees, so its top levels alone are as wide as the whole chart):
 *    `blockOf` lays out a subtree, cut below the deepest level that still fits a page.
 *    Page 1 holds the roots' blocks. Every cut node (its reports are not on its page) is
 *    continued: its reports' subtrees, each a block (cut again if too big), are packed in
 *    rows onto the next pages under a "from page M: <manager>" heading, depth first so a
 *    branch reads on. Small groups share a page.
 * 3. An index of names (titles and holders) → page numbers ends the document.
 */
import type { LayoutNode, LayoutPoint, OrgLayout } from '../../model/layout';
import type { Org } from '../../model/schema';

export type PaperSize = 'A4' | 'Letter' | 'A3';
export type PaperOrientation = 'portrait' | 'landscape';

/** Paper sizes in points, portrait. */
export const PAPER: Readonly<Record<PaperSize, { readonly width: number; readonly height: number }>> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
  A3: { width: 841.89, height: 1190.55 },
};

/** The smallest text on a card, in layout pixels (department · reports line). */
export const CARD_MIN_TEXT_PX = 12;
/** Room for the "continued on page N" mark under a cut card, layout px. */
export const MARK_PX = 22;
/** A "from page M: <manager>" heading, layout px. */
export const HEADING_PX = 28;
/** Around the fitted chart, as on screen. */
const FIT_PAD_PX = 24;
/** Index text, points. */
export const INDEX_LINE_PT = 14;
export const INDEX_FONT_PT = 9;
export const INDEX_HEADING_PT = 24;

export interface PaginateOptions {
  /** @default 'A4' */
  paper?: PaperSize | undefined;
  /** @default 'portrait' */
  orientation?: PaperOrientation | undefined;
  /** Page margin on every side, points.  @default 36 (half an inch) */
  marginPt?: number | undefined;
  /** No text on paper smaller than this.  @default 7 */
  minTextPt?: number | undefined;
  /** End with an index of names → pages (books only).  @default true */
  index?: boolean | undefined;
}

export interface PrintNode {
  /** Into `layout.nodes`. */
  readonly index: number;
  readonly id: string;
  /** The card's box on the printable area, points. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Its reports continue on this page (1-based): the card carries "continued on page N". */
  readonly continuedOn?: number;
}

export interface PrintHeading {
  /** "from page M: <manager>", above the manager's reports. */
  readonly fromPage: number;
  readonly managerId: string;
  readonly x: number;
  /** Baseline-independent: the heading's box top, points. */
  readonly y: number;
  readonly height: number;
}

export interface IndexEntry {
  readonly name: string;
  /** The role's title when `name` is a holder, else null. */
  readonly detail: string | null;
  readonly id: string;
  readonly page: number;
}

export interface PrintPage {
  /** 1-based. */
  readonly number: number;
  readonly kind: 'chart' | 'index';
  /** Points per layout pixel: card text is `px × scale` points. */
  readonly scale: number;
  readonly nodes: readonly PrintNode[];
  /** Solid connectors, polylines in points. */
  readonly links: readonly (readonly LayoutPoint[])[];
  /** Dotted lines (fit-one page only: a book redraws the tree per page), cubic Béziers in points. */
  readonly dotted: readonly (readonly LayoutPoint[])[];
  readonly headings: readonly PrintHeading[];
  /** Index pages: the entries, in columns. */
  readonly entries: readonly (IndexEntry & { readonly x: number; readonly y: number })[];
}

export interface Pagination {
  readonly pages: readonly PrintPage[];
  /** Paper size and the printable area (inside the margins), points. */
  readonly paper: { readonly width: number; readonly height: number; readonly margin: number };
  readonly area: { readonly width: number; readonly height: number };
  /** Whole chart on one page. */
  readonly fitted: boolean;
  /** Role id → its page. */
  readonly pageOf: ReadonlyMap<string, number>;
  readonly index: readonly IndexEntry[];
  readonly minTextPt: number;
}

export type PrintErrorCode = 'bad-option' | 'page-too-small';

/** Bad print options: a stable `code`, a message naming the option and its value. */
export class PrintError extends Error {
  readonly code: PrintErrorCode;
  constructor(code: PrintErrorCode, message: string) {
    super(`${code}: ${message}`);
    this.name = 'PrintError';
    this.code = code;
  }
}

/** The page box and printable area for the options, checked. */
export function resolvePaper(options: PaginateOptions = {}) {
  const paperName = options.paper ?? 'A4';
  const size = PAPER[paperName];
  if (!size) throw new PrintError('bad-option', `paper: ${JSON.stringify(paperName)} (A4, Letter or A3)`);
  const orientation = options.orientation ?? 'portrait';
  if (orientation !== 'portrait' && orientation !== 'landscape') throw new PrintError('bad-option', `orientation: ${JSON.stringify(orientation)} (portrait or landscape)`);
  const margin = options.marginPt ?? 36;
  const minTextPt = options.minTextPt ?? 7;
  if (!(Number.isFinite(margin) && margin >= 0)) throw new PrintError('bad-option', `marginPt: ${String(margin)}`);
  if (!(Number.isFinite(minTextPt) && minTextPt > 0)) throw new PrintError('bad-option', `minTextPt: ${String(minTextPt)}`);
  const landscape = orientation === 'landscape';
  const width = landscape ? size.height : size.width;
  const height = landscape ? size.width : size.height;
  const area = { width: width - 2 * margin, height: height - 2 * margin };
  if (area.width <= 0 || area.height <= 0) throw new PrintError('page-too-small', `marginPt ${margin} leaves no printable area on ${paperName}`);
  return { paper: { width, height, margin }, area, minTextPt, paperName, orientation };
}

/* -------------------------------------------------------------------------------------------------
 * Blocks: a subtree laid out for one page
 * -----------------------------------------------------------------------------------------------*/

interface Tree {
  readonly nodes: readonly LayoutNode[];
  /** Child indexes per node, in outline order. */
  readonly children: readonly number[][];
  readonly roots: readonly number[];
}

function treeOf(layout: OrgLayout): Tree {
  const at = new Map<string, number>();
  layout.nodes.forEach((n, i) => at.set(n.id, i));
  const children: number[][] = layout.nodes.map(() => []);
  const roots: number[] = [];
  layout.nodes.forEach((n, i) => {
    const p = n.parentId === null ? undefined : at.get(n.parentId);
    if (p === undefined) roots.push(i);
    else children[p]!.push(i);
  });
  return { nodes: layout.nodes, children, roots };
}

interface Geometry {
  /** Card size along the breadth (siblings side by side) and depth axes, px. */
  readonly breadth: number;
  readonly depth: number;
  readonly siblingGap: number;
  readonly levelGap: number;
  readonly topDown: boolean;
  readonly rtl: boolean;
}

/** A subtree, cut at `levels`, laid out in px with its top-left at 0,0. */
interface Block {
  readonly root: number;
  readonly width: number;
  readonly height: number;
  /** [node, x, y] in px. */
  readonly placed: readonly (readonly [number, number, number])[];
  /** Nodes whose reports are not in the block. */
  readonly cut: readonly number[];
  readonly links: readonly (readonly LayoutPoint[])[];
}

/**
 * A plain layered tree (leaves side by side, each manager centred over its reports),
 * not the screen's tidy tree: a page holds a few dozen cards, and this needs no contours.
 */
function blockOf(tree: Tree, root: number, levels: number, g: Geometry): Block {
  const pos: Array<[number, number, number]> = []; // node, breadth, depth
  const cut: number[] = [];
  const edges: Array<[number, number]> = []; // positions in `pos`: parent, child
  let cursor = 0;
  const walk = (i: number, level: number): [number, number] => {
    const kids = tree.children[i]!;
    const me = pos.length;
    pos.push([i, 0, level]);
    let b: number;
    if (kids.length === 0 || level === levels) {
      if (kids.length > 0) cut.push(i);
      b = cursor;
      cursor += g.breadth + g.siblingGap;
    } else {
      let first = 0;
      let last = 0;
      kids.forEach((k, n) => {
        const at = pos.length;
        const [kb] = walk(k, level + 1);
        edges.push([me, at]);
        if (n === 0) first = kb;
        last = kb;
      });
      b = (first + last) / 2;
    }
    pos[me]![1] = b;
    return [b, me];
  };
  walk(root, 0);
  const deepest = pos.reduce((d, p) => Math.max(d, p[2]), 0);
  const breadth = Math.max(g.breadth, cursor - g.siblingGap);
  // A cut node's mark hangs below its card (top-down) or beside the next sibling gap (left-to-right): room for it either way.
  const depthPx = (deepest + 1) * g.depth + deepest * g.levelGap + (cut.length ? MARK_PX : 0);
  const width = g.topDown ? breadth : depthPx;
  const height = g.topDown ? depthPx : breadth + (cut.length ? MARK_PX : 0);
  const cardW = g.topDown ? g.breadth : g.depth;
  const xy = (b: number, d: number): [number, number] => {
    const x = g.topDown ? b : d * (g.depth + g.levelGap);
    const y = g.topDown ? d * (g.depth + g.levelGap) : b;
    return [g.rtl ? width - x - cardW : x, y];
  };
  const placed = pos.map(([i, b, d]) => [i, ...xy(b, d)] as const);
  const links = edges.map(([p, c]) => elbow(placed[p]!, placed[c]!, g));
  return { root, width, height, placed, cut, links };
}

/** Manager → report connector: down from the manager, across at mid-gap, down into the report. */
function elbow(from: readonly [number, number, number], to: readonly [number, number, number], g: Geometry): LayoutPoint[] {
  const [, fx, fy] = from;
  const [, tx, ty] = to;
  const w = g.topDown ? g.breadth : g.depth;
  const h = g.topDown ? g.depth : g.breadth;
  if (g.topDown) {
    const mid = fy + h + g.levelGap / 2;
    return [{ x: fx + w / 2, y: fy + h }, { x: fx + w / 2, y: mid }, { x: tx + w / 2, y: mid }, { x: tx + w / 2, y: ty }];
  }
  const sx = g.rtl ? fx : fx + w;
  const ex = g.rtl ? tx + w : tx;
  const mid = (sx + ex) / 2;
  return [{ x: sx, y: fy + h / 2 }, { x: mid, y: fy + h / 2 }, { x: mid, y: ty + h / 2 }, { x: ex, y: ty + h / 2 }];
}

/* -------------------------------------------------------------------------------------------------
 * paginate
 * -----------------------------------------------------------------------------------------------*/

interface PageDraft {
  nodes: PrintNode[];
  links: LayoutPoint[][];
  headings: PrintHeading[];
  /** Next free row top, px. */
  y: number;
}

/**
 * The pages of the visible chart on paper. Throws `PrintError` for bad options or a page
 * too small for one card at `minTextPt`; the caller turns that into a warning.
 */
export function paginate(layout: OrgLayout, org: Org, options: PaginateOptions = {}): Pagination {
  const { paper, area, minTextPt } = resolvePaper(options);
  const wantIndex = options.index ?? true;
  // The least scale (pt per px) that keeps 12 px card text at minTextPt.
  const minScale = minTextPt / CARD_MIN_TEXT_PX;
  const pageOf = new Map<string, number>();
  const base = { paper, area, minTextPt };
  const n = layout.nodes.length;
  if (n === 0) return { ...base, pages: [], fitted: true, pageOf, index: [] };

  // 1. Fit one page.
  const b = layout.bounds;
  const fw = b.width + 2 * FIT_PAD_PX;
  const fh = b.height + 2 * FIT_PAD_PX;
  const fit = Math.min(area.width / fw, area.height / fh);
  if (fit >= minScale) {
    const ox = (area.width - fw * fit) / 2 - (b.x - FIT_PAD_PX) * fit;
    const oy = (area.height - fh * fit) / 2 - (b.y - FIT_PAD_PX) * fit;
    const map = (p: LayoutPoint) => ({ x: ox + p.x * fit, y: oy + p.y * fit });
    const nodes = layout.nodes.map((node, i) => {
      pageOf.set(node.id, 1);
      return { index: i, id: node.id, x: ox + node.x * fit, y: oy + node.y * fit, width: node.width * fit, height: node.height * fit };
    });
    const page: PrintPage = {
      number: 1, kind: 'chart', scale: fit, nodes, headings: [], entries: [],
      links: layout.links.map((l) => l.points.map(map)), dotted: layout.dottedLinks.map((l) => l.points.map(map)),
    };
    return { ...base, pages: [page], fitted: true, pageOf, index: [] };
  }

  // 2. A book. Capacity of a page, in px at the least readable scale.
  const { nodeSize, gap, orientation, direction } = layout.options;
  const topDown = orientation === 'top-to-bottom';
  const g: Geometry = {
    breadth: topDown ? nodeSize.width : nodeSize.height,
    depth: topDown ? nodeSize.height : nodeSize.width,
    siblingGap: gap.sibling,
    levelGap: gap.level,
    topDown,
    rtl: direction === 'rtl',
  };
  const capW = area.width / minScale;
  const capH = area.height / minScale;
  // A card plus its mark, under a heading, must fit, or no cut can make the chart printable.
  if (nodeSize.width > capW || nodeSize.height + MARK_PX + HEADING_PX > capH) {
    throw new PrintError('page-too-small', `one ${nodeSize.width}×${nodeSize.height} px card does not fit the printable area (${Math.floor(area.width)}×${Math.floor(area.height)} pt) at minTextPt ${minTextPt}`);
  }
  // Books print at one scale: the least readable one, so the most fits each page.
  const k = minScale;
  const tree = treeOf(layout);
  const fits = (blk: Block, room: number) => blk.width <= capW && blk.height <= room;
  /** The subtree as one block, cut at the deepest level that fits `room` px of height. */
  const bestBlock = (root: number, room: number): Block => {
    const whole = blockOf(tree, root, Infinity, g);
    if (fits(whole, room)) return whole;
    let best = blockOf(tree, root, 0, g);
    for (let levels = 1; ; levels++) {
      const next = blockOf(tree, root, levels, g);
      if (!fits(next, room) || next.cut.length === 0) break;
      best = next;
    }
    return best;
  };

  const pages: PageDraft[] = [];
  const newPage = () => {
    const p: PageDraft = { nodes: [], links: [], headings: [], y: 0 };
    pages.push(p);
    return p;
  };
  const continued = new Map<number, number>(); // cut node → page of its reports
  const pending: Array<{ manager: number; from: number }> = [];

  /**
   * Packs the blocks in rows (shelves), under the previous group when its heading and first
   * row fit there, else on a new page; a group running over a page repeats its heading.
   * Returns the page the group starts on.
   */
  const placeGroup = (roots: readonly number[], heading: { manager: number; from: number } | null): number => {
    let page = pages.length === 0 ? newPage() : pages[pages.length - 1]!;
    const rowGap = g.levelGap / 2;
    let startPage = -1;
    let rowTop = 0;
    let rowX = 0;
    let rowH = 0;
    for (const root of roots) {
      // Cut against a whole page (less a heading), so a branch is cut the same wherever it lands.
      const blk = bestBlock(root, capH - HEADING_PX);
      if (startPage === -1 || rowX + blk.width > capW || rowTop + blk.height > capH) {
        let top = startPage === -1 ? (page.y > 0 ? page.y + rowGap : 0) : rowTop + rowH + rowGap;
        let head = startPage === -1 && heading !== null;
        if (top + (head ? HEADING_PX : 0) + blk.height > capH) {
          page = newPage();
          top = 0;
          head = heading !== null;
        }
        if (head) {
          page.headings.push({ fromPage: heading!.from, managerId: tree.nodes[heading!.manager]!.id, x: 0, y: top * k, height: HEADING_PX * k });
          top += HEADING_PX;
        }
        if (startPage === -1) startPage = pages.length;
        rowTop = top;
        rowX = 0;
        rowH = 0;
      }
      for (const [i, x, y] of blk.placed) {
        const node = tree.nodes[i]!;
        pageOf.set(node.id, pages.length);
        page.nodes.push({ index: i, id: node.id, x: (rowX + x) * k, y: (rowTop + y) * k, width: node.width * k, height: node.height * k });
      }
      for (const l of blk.links) page.links.push(l.map((p) => ({ x: (rowX + p.x) * k, y: (rowTop + p.y) * k })));
      for (const c of blk.cut) pending.push({ manager: c, from: pages.length });
      rowX += blk.width + g.siblingGap * 2;
      rowH = Math.max(rowH, blk.height);
      page.y = rowTop + rowH;
    }
    return startPage;
  };

  placeGroup(tree.roots, null);
  // Depth first: a cut node's reports come right after the page that cuts them, before
  // the next cut on that page, so a branch reads on. Each manager's group starts a new
  // page only if it does not fit under the previous group.
  while (pending.length > 0) {
    // Take the earliest-cut first, in the order they were cut, and push their own cuts in front.
    const next = pending.shift()!;
    const before = pending.length;
    const start = placeGroup(tree.children[next.manager]!, next);
    continued.set(next.manager, start);
    // The group's own cuts were appended; move them ahead of the older ones (depth first).
    const own = pending.splice(before);
    pending.unshift(...own);
  }

  const chartPages: PrintPage[] = pages.map((p, i) => {
    // Centre the page's content across the area; rows stay top-aligned so headings read first.
    let right = 0;
    for (const nd of p.nodes) right = Math.max(right, nd.x + nd.width);
    const dx = Math.max(0, (area.width - right) / 2);
    const shift = (pt: LayoutPoint) => ({ x: pt.x + dx, y: pt.y });
    return {
      number: i + 1, kind: 'chart', scale: k, entries: [], dotted: [],
      nodes: p.nodes.map((nd) => {
        const c = continued.get(nd.index);
        return c === undefined ? { ...nd, x: nd.x + dx } : { ...nd, x: nd.x + dx, continuedOn: c };
      }),
      links: p.links.map((l) => l.map(shift)),
      headings: p.headings.map((h) => ({ ...h, x: h.x + dx })),
    };
  });

  // 3. The index.
  const index = wantIndex ? indexOf(layout, org, pageOf) : [];
  const indexPages: PrintPage[] = [];
  if (index.length) {
    const columns = Math.max(1, Math.floor(area.width / 170));
    const colW = area.width / columns;
    const rows = Math.max(1, Math.floor((area.height - INDEX_HEADING_PT) / INDEX_LINE_PT));
    const perPage = rows * columns;
    for (let start = 0; start < index.length; start += perPage) {
      const entries = index.slice(start, start + perPage).map((e, j) => ({ ...e, x: Math.floor(j / rows) * colW, y: INDEX_HEADING_PT + (j % rows) * INDEX_LINE_PT }));
      indexPages.push({ number: chartPages.length + indexPages.length + 1, kind: 'index', scale: INDEX_FONT_PT / CARD_MIN_TEXT_PX, nodes: [], links: [], dotted: [], headings: [], entries });
    }
  }
  return { ...base, pages: [...chartPages, ...indexPages], fitted: false, pageOf, index };
}

/** Every title and every holder, sorted by name (the locale's collation), with its page. */
function indexOf(layout: OrgLayout, org: Org, pageOf: ReadonlyMap<string, number>): IndexEntry[] {
  const people = new Map((org.people ?? []).map((p) => [p.id, p.name]));
  const out: IndexEntry[] = [];
  for (const node of layout.nodes) {
    const page = pageOf.get(node.id)!;
    const title = node.role.title;
    const holders = (node.role.holderIds ?? []).map((id) => people.get(id)).filter((s): s is string => !!s);
    if (holders.length === 0) out.push({ name: title, detail: null, id: node.id, page });
    for (const name of holders) out.push({ name, detail: title, id: node.id, page });
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return out.sort((a, b) => collator.compare(a.name, b.name) || a.page - b.page);
}
