/**
 * Paper in dist/rolekit.standalone.js, which is one classic script and cannot load chunks
 * on demand from npm's chunks: the SVG/PNG exporters (from the file beside it), no print pages and no PDF — those would
 * add pdf-lib (175 kB) and the pages' code to every page that uses the script. There
 * Ctrl+P prints the chart as the page shows it, and print()/toPDF() reject saying so.
 */
import { layoutOrg } from '../../model/layout';
import { onDemand } from '../../internal/onDemand';
import type { PaperSource } from './index';

// Loaded from beside the script (rolekit.standalone.export.js), as the chart's own export is.
const exporters = onDemand(() => import('../export'));

const unavailable = () => Promise.reject(new Error('print, toPDF: not in rolekit.standalone.js (a script cannot load them on demand); use the npm package'));

export function paperController(source: PaperSource) {
  const layout = () => layoutOrg(source.current.model, source.current.layoutOptions);
  const svg = () => ({ labels: source.current.labels, locale: source.current.locale });
  return {
    dispose() {},
    toSVG: () => exporters.load().then(({ chartToSVG }) => chartToSVG(layout(), source.current.org, svg())),
    toPNG: () => exporters.load().then(({ chartToPNG }) => chartToPNG(layout(), source.current.org, svg())),
    print: unavailable,
    toPDF: unavailable,
  };
}
