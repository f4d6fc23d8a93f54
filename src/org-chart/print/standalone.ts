/**
 * Paper in dist/rolekit.standalone.js, which is one classic script and cannot load chunks
 * on demand: the SVG/PNG exporters (as before), no print pages and no PDF — those would
 * add pdf-lib (175 kB) and the pages' code to every page that uses the script. There
 * Ctrl+P prints the chart as the page shows it, and print()/toPDF() reject saying so.
 */
import { layoutOrg } from '../../model/layout';
import { chartToPNG, chartToSVG } from '../export';
import type { PaperSource } from './index';

const unavailable = () => Promise.reject(new Error('print, toPDF: not in rolekit.standalone.js (a script cannot load them on demand); use the npm package'));

export function paperController(source: PaperSource) {
  const layout = () => layoutOrg(source.current.model, source.current.layoutOptions);
  const svg = () => ({ labels: source.current.labels, locale: source.current.locale });
  return {
    dispose() {},
    toSVG: () => chartToSVG(layout(), source.current.org, svg()),
    toPNG: () => chartToPNG(layout(), source.current.org, svg()),
    print: unavailable,
    toPDF: unavailable,
  };
}
