import { isPlausibleStart, resolveMarkerValue, type Marker, type MarkerFamily } from './numbering';

/** An item of a list as read: its text (wrapped lines joined), where it came from, its sub-items. */
export interface ListNode {
  family: MarkerFamily | 'plain';
  value: number;
  indent: number;
  parts: string[];
  start: number;
  end: number;
  children: ListNode[];
  /** Paragraphs joined on after the item's own line, latest last: the missing-number repair takes one back. */
  joined: Array<{ start: number; end: number }>;
}

/** The items of one section, and the path of items still open for a sub-item or a wrapped line. */
export interface ListTree {
  items: ListNode[];
  open: ListNode[];
}

/** The seed needs two levels; the model allows eight. Deeper markers become siblings. */
export const MAX_ITEM_DEPTH = 6;

export const newTree = (): ListTree => ({ items: [], open: [] });

const isBullet = (family: string) => family.startsWith('bullet') || family === 'plain';

export interface Placement {
  /** Undefined for a top-level item. */
  parent: ListNode | undefined;
  value: number;
  /** How many items of the open path stay open (the new item goes below them). */
  keep: number;
}

/**
 * Where a marker's item goes, the way a reader nests a job description: a family already
 * open continues that list (popping deeper ones), a new family opens a sub-list under the
 * deepest item — unless it simply continues the deepest item's numbering (`2)` then `3.`
 * in a messy paste), which is a change of spelling, not of level. Bullets of one kind nest
 * by indentation. Undefined when a letter would not continue or start a list ("A, B and C").
 */
export function placeMarker(tree: ListTree, marker: Marker, indent: number): Placement | undefined {
  const { open } = tree;
  const k = findOpenOfFamily(open, marker, indent);
  if (k >= 0) {
    const expected = open[k]!.value + 1;
    const value = resolveMarkerValue(marker, expected);
    if (!isPlausibleStart(marker, expected)) return undefined;
    return { parent: open[k - 1], value, keep: k };
  }
  const deepest = open[open.length - 1];
  const value = resolveMarkerValue(marker, deepest ? deepest.value + 1 : 1);
  if (deepest && !isBullet(marker.family) && !isBullet(deepest.family) && value > 1 && value === deepest.value + 1) {
    return { parent: open[open.length - 2], value, keep: open.length - 1 };
  }
  if (!isPlausibleStart(marker, 1)) return undefined;
  if (open.length >= MAX_ITEM_DEPTH) return { parent: open[open.length - 2], value, keep: open.length - 1 };
  return { parent: deepest, value, keep: open.length };
}

/**
 * The open item a marker continues. Numbered families continue wherever they are open;
 * bullets of one kind only at the same indentation (an indented `-` under a `-` is a sub-item,
 * an outdented one goes back to the level it lines up with).
 */
function findOpenOfFamily(open: readonly ListNode[], marker: Marker, indent: number): number {
  const bullet = isBullet(marker.family);
  let shallowest = -1;
  for (let i = open.length - 1; i >= 0; i--) {
    const node = open[i]!;
    if (node.family !== marker.family) continue;
    if (!bullet || Math.abs(node.indent - indent) <= 1) return i;
    shallowest = i;
  }
  return shallowest >= 0 && indent < open[shallowest]!.indent ? shallowest : -1;
}

/** Adds an item where `placeMarker` said, first repairing a lost number between its siblings. */
export function addItem(tree: ListTree, placement: Placement, node: ListNode): void {
  const siblings = placement.parent ? placement.parent.children : tree.items;
  const previous = siblings[siblings.length - 1];
  if (previous && previous.family === node.family && node.value === previous.value + 2 && previous.joined.length > 0) {
    siblings.push(recoverLostItem(previous, node));
  }
  siblings.push(node);
  tree.open.length = placement.keep;
  tree.open.push(node);
}

/**
 * `2. …` / `In the absence of …` / `4. …`: the unnumbered paragraph between 2 and 4 is
 * item 3 whose number OCR lost, not the end of item 2.
 */
function recoverLostItem(previous: ListNode, next: ListNode): ListNode {
  const lost = previous.joined.pop()!;
  const text = previous.parts.pop()!;
  const last = previous.joined[previous.joined.length - 1];
  previous.end = last ? last.end : previous.start + (previous.parts.join(' ').length || 1);
  return { family: next.family, value: previous.value + 1, indent: next.indent, parts: [text], start: lost.start, end: lost.end, children: [], joined: [] };
}

/** A wrapped line or a paragraph that belongs to the deepest open item. */
export function joinToOpenItem(tree: ListTree, text: string, start: number, end: number): boolean {
  const node = tree.open[tree.open.length - 1];
  if (!node) return false;
  node.parts.push(text);
  node.joined.push({ start, end });
  node.end = end;
  return true;
}

/** A list's `;` and `,` end an item's line, not its sentence. */
export function withoutTrailingPunctuation(text: string): string {
  // A loop from the end: a `[…]+$` regex retries at every character of a long line.
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text[end - 1]!)) end--;
  return end === text.length ? text : text.slice(0, end);
}

const TRAILING_PUNCTUATION = /* @__PURE__ */ new Set([' ', '\t', '\r', '\n', '\u3000', ',', '，', ';', '；', '、']);

/** Wrapped Chinese lines join without a space; English ones with one. */
export function nodeText(node: ListNode): string {
  return withoutTrailingPunctuation(joinParts(node));
}

function joinParts(node: ListNode): string {
  let text = '';
  for (const part of node.parts) {
    // The last character by index: a `…$` regex on the text joined so far scans all of it, quadratic in the parts.
    if (text === '') text = part;
    else if (isWideChar(text.charCodeAt(text.length - 1)) || isWideChar(part.charCodeAt(0))) text += part;
    else text += ` ${part}`;
  }
  return text;
}

/** CJK punctuation, ideographs and fullwidth forms: lines of them join with no space. */
const isWideChar = (code: number) => (code >= 0x3000 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef);

/** The offsets an item covers, its sub-items included. */
export function subtreeEnd(node: ListNode): number {
  let end = node.end;
  for (let n: ListNode | undefined = node; n; n = n.children[n.children.length - 1]) end = Math.max(end, n.end);
  return end;
}

/** Every node, parents before children, in reading order. */
export function flatten(nodes: readonly ListNode[]): ListNode[] {
  const out: ListNode[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}
