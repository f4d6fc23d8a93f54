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
/** The viewport's width assumed before it is measured (server, first client render), unless `initialWidth` says. */
export const ASSUMED_WIDTH = 1280;
/** The height assumed for a viewport that hugs the chart: the default cap, 30rem. */
export const ASSUMED_HUG_HEIGHT = 480;
/**
 * The smallest scale the chart opens at: the card's 14 px title and holder at 10 px, about
 * the smallest text read without zooming in (its 12 px department line is then 8.6 px, a
 * hint). Wider than that at this scale, the chart opens on its top instead of fitted.
 */
export const READABLE_SCALE = 0.72;
/** Zoom step of the buttons and keys. */
export const ZOOM_STEP = 1.25;
/** The default card shows its roll-up line in a box at least this tall (the default node size's): one title line, holder, department, roll-up. */
export const ROLLUP_MIN_HEIGHT = 96;
