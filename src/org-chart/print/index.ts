/**
 * The print chunk (loaded on demand, see `usePaper`): pagination, the pages as static
 * SVG in a print-only container, and the print stylesheet. Nothing here runs at import.
 */
import type { RefObject } from 'react';
import type { Org } from '../../model/schema';
import type { OrgModel } from '../../model/orgModel';
import { layoutOrg, type LayoutOptions, type OrgLayout } from '../../model/layout';
import { onDemand } from '../../internal/onDemand';
import type { OrgChartLabels } from '../labels';
import type { ToPDFOptions } from './pdf';
import { chartToPNG, chartToSVG, type ChartToSVGOptions } from '../export';
import { paginate, type PaginateOptions, type Pagination } from './paginate';
import { resolvePaperLabels, type PaperLabels } from './labels';
import { pagesToSVG } from './pageSVG';

export { paginate, PrintError } from './paginate';

// pdf-lib and the PDF writer: only `toPDF()` loads them.
const pdfFeature = onDemand(() => import('./pdf'));
export type { PaperLabels } from './labels';

export interface PrintOptions extends Omit<PaginateOptions, 'paper' | 'orientation'> {
  /** Paper to paginate for and to ask the print dialog for.  @default the dialog's choice (pages laid out for A4, or Letter in en-US/en-CA, portrait, and scaled to the paper's width) */
  paper?: PaginateOptions['paper'];
  /** @default 'portrait' */
  orientation?: PaginateOptions['orientation'];
  /** Overrides for paper's strings ("continued on page 4"). */
  labels?: Partial<PaperLabels> | undefined;
}

export interface PrintContext {
  layout: OrgLayout;
  org: Org;
  locale: string | undefined;
  svg: ChartToSVGOptions;
}

/** Letter where the locale's printers hold Letter, else A4. */
export function defaultPaper(locale: string | undefined): 'A4' | 'Letter' {
  return /^en-(US|CA)\b|^es-(US|MX)\b|^fr-CA\b/i.test(locale ?? '') ? 'Letter' : 'A4';
}

export function paginateFor(ctx: PrintContext, options: PrintOptions): Pagination {
  return paginate(ctx.layout, ctx.org, { ...options, paper: options.paper ?? defaultPaper(ctx.locale) });
}

const STYLE_ID = 'rk-print-style';

/** The print rules' one <style> in a document's head or a shadow root, up to date. */
function printStyleIn(parent: ShadowRoot | HTMLElement, doc: Document, rules: string) {
  let style = parent.querySelector<HTMLStyleElement>(`:scope > #${STYLE_ID}`);
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    parent.append(style);
  }
  style.textContent = rules;
}

/** Print rules; `@page size` only when the caller chose the paper, else the dialog decides. */
function stylesheet(options: PrintOptions, margin: number, width: number): string {
  const size = options.paper ? `size:${options.paper} ${options.orientation ?? 'portrait'};` : '';
  return (
    `@media screen{.rk-print{display:none!important}}` +
    `@media print{@page{${size}margin:${margin}pt}` +
    // In place: the chart's own parts (toolbar, viewport, minimap) stay off paper.
    `[data-rk-print-host]>:not(.rk-print){display:none!important}` +
    `[data-rk-print-host]{height:auto!important;overflow:visible!important;border:0!important;background:none!important}` +
    // Its ancestors too: a fixed-width box wider than paper makes Chromium shrink every page to
    // fit it (a 1280 px box took 7 pt text down to 4.67 pt), and a scrolling box clips paper to
    // one page. Only while the chart prints in place (the attribute is set for that print).
    `:has([data-rk-print-host]),:has([data-rk-print-in]),[data-rk-print-in]{width:auto!important;min-width:0!important;height:auto!important;min-height:0!important;overflow:visible!important}` +
    // From handle.print(): only the chart is printed.
    `html[data-rk-printing] body>:not(.rk-print){display:none!important}` +
    `html[data-rk-printing],html[data-rk-printing] body{margin:0!important;padding:0!important;background:#fff!important}` +
    // Dark theme prints light; the level colours and vacancy tints print, not dropped as "backgrounds".
    `.rk-print{display:block;color-scheme:light;background:#fff;print-color-adjust:exact;-webkit-print-color-adjust:exact}` +
    `.rk-print-page{break-after:page;break-inside:avoid;margin:0;padding:0}` +
    `.rk-print-page:last-child{break-after:auto}` +
    // The page's own width, not the host's (a host box may be wider than paper): then a page is one sheet.
    `.rk-print-page>svg{display:block;width:${width}pt;max-width:100%;height:auto}}`
  );
}

export interface MountedPrint {
  readonly pagination: Pagination;
  /** The container's element count (pages × their SVG). */
  readonly elements: number;
  unmount(): void;
}

/**
 * Renders the pages into a print-only container: inside `host` (the chart, printed in
 * place) or, with `host` null, at the end of the body with everything else hidden on paper.
 * Synchronous: `beforeprint` gives no time to wait.
 */
export function mountPrint(host: HTMLElement | null, ctx: PrintContext, options: PrintOptions = {}): MountedPrint {
  const doc = host?.ownerDocument ?? document;
  const pagination = paginateFor(ctx, options);
  const labels = resolvePaperLabels(ctx.locale, options.labels);
  const pages = pagesToSVG({ layout: ctx.layout, org: ctx.org, pagination, labels, svg: ctx.svg });
  const container = doc.createElement('div');
  container.className = 'rk-print';
  container.setAttribute('data-slot', 'org-chart-print');
  // A copy of the tree for paper only (display:none on screen): not for assistive tech.
  container.setAttribute('aria-hidden', 'true');
  container.setAttribute('data-pages', String(pages.length));
  const parser = new DOMParser();
  for (const markup of pages) {
    const sheet = doc.createElement('div');
    sheet.className = 'rk-print-page';
    sheet.setAttribute('data-slot', 'org-chart-print-page');
    // Parsed as XML (an SVG document), never as HTML: the strings are escaped by the export.
    sheet.append(doc.importNode(parser.parseFromString(markup, 'image/svg+xml').documentElement, true));
    container.append(sheet);
  }
  const rules = stylesheet(options, pagination.paper.margin, pagination.area.width);
  // A chart inside shadow roots (<rolekit-org-chart>): the document's rules reach none of it,
  // so each root gets them too, and each shadow host is un-boxed from the outside like any
  // other box around the chart.
  const shadowHosts: Element[] = [];
  for (let root = host?.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    printStyleIn(root, doc, rules);
    root.host.setAttribute('data-rk-print-in', '');
    shadowHosts.push(root.host);
  }
  printStyleIn(doc.head, doc, rules);
  if (host) {
    host.setAttribute('data-rk-print-host', '');
    host.append(container);
  } else {
    doc.documentElement.setAttribute('data-rk-printing', '');
    doc.body.append(container);
  }
  return {
    pagination,
    elements: container.getElementsByTagName('*').length + 1,
    unmount() {
      container.remove();
      host?.removeAttribute('data-rk-print-host');
      for (const el of shadowHosts) el.removeAttribute('data-rk-print-in');
      if (!host) doc.documentElement.removeAttribute('data-rk-printing');
    },
  };
}

/** What a chart hands its paper: the latest render's, read when printing starts. */
export interface PaperSource {
  readonly current: {
    model: OrgModel;
    org: Org;
    layoutOptions: LayoutOptions;
    /** As on screen; null in the list view, which prints as a list. */
    layout: OrgLayout | null;
    rootRef: RefObject<HTMLElement | null>;
    labels: Partial<OrgChartLabels> | undefined;
    locale: string | undefined;
  };
}

/**
 * One chart's paper, made once its first-paint hook (`usePaper`) has this chunk:
 * `beforeprint` prints the chart in place, `print()` the chart alone; both unmount on
 * `afterprint`. `toPDF()` loads the PDF writer (pdf-lib) on first use.
 */
export function paperController(source: PaperSource) {
  let mounted: MountedPrint | null = null;
  const context = (): PrintContext => {
    const { model, org, layoutOptions, labels, locale } = source.current;
    return { layout: layoutOrg(model, layoutOptions), org, locale, svg: { labels, locale } };
  };
  const unmount = () => {
    mounted?.unmount();
    mounted = null;
  };
  const beforePrint = () => {
    const host = source.current.rootRef.current;
    if (mounted || !host || !source.current.layout?.nodes.length) return;
    try {
      mounted = mountPrint(host, context());
    } catch (error) {
      console.warn('rolekit OrgChart: printing the chart as it is on screen:', error);
    }
  };
  addEventListener('beforeprint', beforePrint);
  addEventListener('afterprint', unmount);
  return {
    /** The chart unmounted. */
    dispose() {
      removeEventListener('beforeprint', beforePrint);
      removeEventListener('afterprint', unmount);
      unmount();
    },
    print(options: PrintOptions = {}) {
      unmount();
      // Throws PrintError on bad options: the caller's promise rejects with it.
      mounted = mountPrint(null, context(), options);
      window.print();
    },
    // The exporters ride in this chunk too: it is fetched after mount anyway.
    toSVG: () => chartToSVG(context().layout, source.current.org, context().svg),
    toPNG: () => {
      const ctx = context();
      return chartToPNG(ctx.layout, ctx.org, ctx.svg);
    },
    async toPDF(options: ToPDFOptions = {}): Promise<Blob> {
      const ctx = context();
      const pagination = paginateFor(ctx, options);
      return (await pdfFeature.load()).chartToPDF(ctx, pagination, options);
    },
  };
}

export type PaperController = ReturnType<typeof paperController>;
