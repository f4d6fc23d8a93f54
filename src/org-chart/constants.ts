/** The chart's tuning: what the component and its hooks agree on. */

/** Room kept around the chart and around a node brought into view. */
export const PAD = 24;
/** Up to this many visible roles every node is rendered; above, only a window of them. */
export const VIRTUAL_FROM = 150;
/**
 * Printing renders every node, like a small chart (real text: a saved PDF zooms), up to
 * this many visible roles — about as many as a browser lays out in a few seconds.
 * Beyond, the page gets the marks.
 */
export const PRINT_ALL_UP_TO = 10_000;
/** A window holding more boxes than this is drawn as marks: about 13 elements a node keeps the DOM under 2,000. */
export const MAX_DOM_NODES = 120;
/** Below this zoom, boxes are marks (a card's text is too small to read anyway). */
export const LOD_SCALE = 0.45;
/** Viewport pixels rendered beyond each edge, so a short pan shows nodes already there. */
export const MARGIN = 160;
/** Assumed before the viewport is measured (server, first client render). */
export const ASSUMED_VIEWPORT = { width: 1280, height: 800 };
/** Zoom step of the buttons and keys. */
export const ZOOM_STEP = 1.25;
/** The default card shows its roll-up line in a box at least this tall (the default node size's): one title line, holder, department, roll-up. */
export const ROLLUP_MIN_HEIGHT = 96;
