/**
 * `toPDF()`: the same pages as print, written in the page with pdf-lib, chosen over jsPDF:
 * pdf-lib writes real text with the 14 standard fonts or an embedded TrueType/OpenType font
 * (through a fontkit the caller passes), embeds PNG and JPEG as they are (no re-encoding),
 * has no DOM dependency (no html2canvas path to avoid) and is typed; jsPDF's text and image
 * API is comparable but larger and its optional HTML path pulls html2canvas and DOMPurify.
 * pdf-lib is 175 kB min+gzip (measured, `npm run size`), loaded only by `toPDF()`; its last
 * release (1.17.1) is stable but the project is in maintenance mode.
 *
 * Text: the standard Helvetica writes WinAnsi (Latin-1 plus “smart” punctuation) only.
 * With `font` in the options the text is written in that embedded font (subset) and any
 * script works; without it, characters Helvetica cannot write are replaced by "?" and
 * `onWarning` (default `console.warn`) says so once, naming the count: a PDF with CJK names
 * needs a CJK font, and rolekit does not ship a 10 MB one.
 */
import type { PDFFont, PDFImage, PDFPage } from 'pdf-lib';
import type { Person } from '../../model/schema';
import { formatList, formatNumber, initials } from '../../internal/format';
import { safeImageUrl } from '../../internal/url';
import { orgChartLabels } from '../labels';
import { fitText } from '../export';
import { MARK_PX, INDEX_FONT_PT, INDEX_HEADING_PT, type Pagination } from './paginate';
import { resolvePaperLabels, type PaperLabels } from './labels';
import { peopleOf, roleName } from './pageSVG';
import type { PrintContext, PrintOptions } from './index';

export interface ToPDFOptions extends PrintOptions {
  /** The document's title (metadata).  @default the org's name */
  title?: string | undefined;
  /**
   * A font for text Helvetica cannot write (CJK, Cyrillic, Arabic…): the font file's bytes
   * and `@pdf-lib/fontkit`'s default export (pdf-lib needs it to embed a font; rolekit does
   * not bundle it). `bold` defaults to `regular`.
   */
  font?: { regular: Uint8Array | ArrayBuffer; bold?: Uint8Array | ArrayBuffer | undefined; fontkit: unknown } | undefined;
  /** Fetches one avatar. Any rejection (CORS, 404) or a 3 s timeout draws initials instead.  @default fetch(url, { mode: 'cors' }) */
  fetchImage?: ((url: string) => Promise<Blob>) | undefined;
  /** Told about text that could not be written (no `font` for it).  @default console.warn */
  onWarning?: ((message: string) => void) | undefined;
}

// The palette of the light SVG export, as 0–1 RGB.
const hex = (h: string) => [parseInt(h.slice(1, 3), 16) / 255, parseInt(h.slice(3, 5), 16) / 255, parseInt(h.slice(5, 7), 16) / 255] as const;
const C = {
  card: hex('#ffffff'), border: hex('#d5dbe3'), text: hex('#1f2937'), muted: hex('#4b5563'), accent: hex('#1d4ed8'), accentSoft: hex('#eff4ff'),
  vacant: hex('#92400e'), vacantSoft: hex('#fffbeb'), line: hex('#6b788b'),
};
const LEVEL: Record<string, string> = { executive: '#6d28d9', director: '#1d4ed8', manager: '#0f766e', supervisor: '#15803d', assistant: '#be185d' };

/** WinAnsi beyond Latin-1: what Helvetica can write in 0x80–0x9F. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const winAnsi = (c: string) => {
  const code = c.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(c);
};

const sniff = (b: Uint8Array): 'png' | 'jpg' | null =>
  b[0] === 0x89 && b[1] === 0x50 ? 'png' : b[0] === 0xff && b[1] === 0xd8 ? 'jpg' : null;

function dataUrlBytes(url: string): Uint8Array | null {
  const m = /^data:image\/[\w.+-]+;base64,(.*)$/.exec(url);
  if (!m) return null;
  const bin = atob(m[1]!);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The PDF, one page per printed page. Rejects only when pdf-lib cannot load or write. */
export async function chartToPDF(ctx: PrintContext, pagination: Pagination, options: ToPDFOptions = {}): Promise<Blob> {
  const { PDFDocument, StandardFonts, rgb, LineCapStyle } = await import('./pdfLib');
  const { layout, org, locale } = ctx;
  const labels: PaperLabels = resolvePaperLabels(locale, options.labels);
  const chartLabels = { ...orgChartLabels, ...ctx.svg.labels };
  const doc = await PDFDocument.create();
  doc.setTitle(options.title ?? org.name ?? 'Org chart');
  doc.setCreator('rolekit');
  let regular: PDFFont;
  let bold: PDFFont;
  const custom = options.font;
  if (custom) {
    doc.registerFontkit(custom.fontkit as Parameters<typeof doc.registerFontkit>[0]);
    regular = await doc.embedFont(custom.regular, { subset: true });
    bold = custom.bold ? await doc.embedFont(custom.bold, { subset: true }) : regular;
  } else {
    regular = await doc.embedFont(StandardFonts.Helvetica);
    bold = await doc.embedFont(StandardFonts.HelveticaBold);
  }
  let replaced = 0;
  const clean = (s: string) => {
    if (custom) return s;
    let out = '';
    for (const c of s) {
      if (winAnsi(c)) out += c;
      else if (c === '→') out += '>';
      else {
        out += '?';
        replaced++;
      }
    }
    return out;
  };
  const col = (c: readonly [number, number, number]) => rgb(c[0], c[1], c[2]);

  // Avatars of the printed holders: fetched once each, in parallel; a failure draws initials.
  const people = new Map<string, Person>((org.people ?? []).map((p) => [p.id, p]));
  const names = peopleOf(org);
  const fetchImage = options.fetchImage ?? ((url: string) => fetch(url, { mode: 'cors' }).then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status))))));
  const urls = new Set<string>();
  for (const n of layout.nodes) {
    const p = people.get(n.role.holderIds?.[0] ?? '');
    const url = p && safeImageUrl(p.avatarUrl);
    if (url) urls.add(url);
  }
  const images = new Map<string, PDFImage>();
  await Promise.all(
    [...urls].map(async (url) => {
      try {
        let bytes = dataUrlBytes(url);
        if (!bytes) {
          const blob = await Promise.race([fetchImage(url), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000))]);
          bytes = new Uint8Array(await blob.arrayBuffer());
        }
        const kind = sniff(bytes);
        if (kind) images.set(url, kind === 'png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes));
      } catch {
        // Drawn as initials.
      }
    }),
  );

  const { paper, area } = pagination;
  const m = paper.margin;
  const total = pagination.pages.length;
  for (const pg of pagination.pages) {
    const page: PDFPage = doc.addPage([paper.width, paper.height]);
    // Page coordinates are top-down from the printable area's corner; PDF's are bottom-up.
    const X = (x: number) => m + x;
    const Y = (y: number) => paper.height - m - y;
    const text = (s: string, x: number, y: number, size: number, font: PDFFont, color: readonly [number, number, number], align: 'start' | 'middle' | 'end' = 'start') => {
      const t = clean(s);
      if (!t) return;
      const w = align === 'start' ? 0 : font.widthOfTextAtSize(t, size);
      page.drawText(t, { x: X(x) - (align === 'middle' ? w / 2 : align === 'end' ? w : 0), y: Y(y), size, font, color: col(color) });
    };
    if (pg.kind === 'chart') {
      const k = pg.scale;
      for (const l of pg.links)
        for (let i = 1; i < l.length; i++)
          page.drawLine({ start: { x: X(l[i - 1]!.x), y: Y(l[i - 1]!.y) }, end: { x: X(l[i]!.x), y: Y(l[i]!.y) }, thickness: Math.max(0.5, k), color: col(C.line), lineCap: LineCapStyle.Projecting });
      for (const n of pg.nodes) {
        const node = layout.nodes[n.index]!;
        const role = node.role;
        const holders = (role.holderIds ?? []).map((id) => people.get(id)).filter((p): p is Person => !!p);
        const holder = holders[0];
        const { x, y, width: w, height: h } = n;
        if (holder) {
          page.drawRectangle({ x: X(x), y: Y(y + h), width: w, height: h, color: col(C.card), borderColor: col(C.border), borderWidth: 0.75 * k });
          page.drawRectangle({ x: X(x), y: Y(y + 3 * k), width: w, height: 3 * k, color: col(hex(LEVEL[role.level ?? ''] ?? '#94a3b8')) });
        } else {
          page.drawRectangle({ x: X(x), y: Y(y + h), width: w, height: h, color: col(C.vacantSoft), borderColor: col(C.vacant), borderWidth: 1.5 * k, borderDashArray: [5 * k, 3 * k] });
        }
        // The card's insides, in layout px from its corner, as the SVG export places them.
        const px = (v: number) => v * k;
        const cy = node.height / 2 + 1.5;
        const rtl = layout.options.direction === 'rtl';
        const ax = rtl ? node.width - 29 : 29;
        const tx = rtl ? node.width - 57 : 57;
        const max = node.width - 70;
        if (holder) {
          const url = safeImageUrl(holder.avatarUrl);
          const img = url ? images.get(url) : undefined;
          if (img) page.drawImage(img, { x: X(x + px(ax - 16)), y: Y(y + px(cy + 16)), width: px(32), height: px(32) });
          else {
            page.drawCircle({ x: X(x + px(ax)), y: Y(y + px(cy)), size: px(16), color: col(C.accentSoft) });
            text(initials(holder.name), x + px(ax), y + px(cy + 4), 12 * k, bold, C.accent, 'middle');
          }
        } else {
          page.drawCircle({ x: X(x + px(ax)), y: Y(y + px(cy)), size: px(15.25), borderColor: col(C.vacant), borderWidth: 1.5 * k, borderDashArray: [3 * k, 2.5 * k] });
        }
        const titleLines = fitText(role.title, 15, max, 2);
        const count = node.childCount || role.reportCount || 0;
        const reports = count ? chartLabels.reports(count, formatNumber(count, locale)) : '';
        const dept = role.department ? fitText(role.department, 12, max - (reports ? reports.length * 7 + 16 : 0))[0] : '';
        const meta = [dept, reports].filter(Boolean).join(' · ');
        const rows: Array<[string, number, number, readonly [number, number, number], PDFFont]> = titleLines.map((s) => [s, 14, 18, C.text, bold]);
        rows.push(holder ? [fitText(formatList(holders.map((p) => p.name), locale), 14, max)[0] ?? '', 14, 19, C.text, regular] : [chartLabels.vacant, 12, 21, C.vacant, bold]);
        if (meta) rows.push([meta, 12, 17, C.muted, regular]);
        let ty = cy - rows.reduce((s, r) => s + r[2], 0) / 2;
        for (const [s, size, lh, color, font] of rows) {
          text(s, x + px(tx), y + px(ty + lh / 2 + size * 0.36), size * k, font, color, rtl ? 'end' : 'start');
          ty += lh;
        }
        if (n.continuedOn !== undefined) text(`→ ${labels.continuedOn(n.continuedOn)}`, x + w / 2, y + px(node.height + MARK_PX - 6), 12 * k, bold, C.muted, 'middle');
      }
      for (const hd of pg.headings) {
        const manager = layout.node(hd.managerId)!.role;
        text(fitText(labels.fromPage(hd.fromPage, roleName(manager, names)), 14, area.width / k - 8)[0] ?? '', hd.x, hd.y + hd.height * 0.6, 14 * k, bold, C.text);
      }
    } else {
      text(labels.index, 0, INDEX_HEADING_PT * 0.7, INDEX_HEADING_PT * 0.7, bold, C.text);
      const colW = Math.min(area.width, ...pg.entries.filter((e) => e.x > 0).map((e) => e.x));
      for (const e of pg.entries) {
        text(fitText(e.detail ? `${e.name}, ${e.detail}` : e.name, INDEX_FONT_PT, colW - 28)[0] ?? '', e.x, e.y + INDEX_FONT_PT, INDEX_FONT_PT, regular, C.text);
        text(String(e.page), e.x + colW - 8, e.y + INDEX_FONT_PT, INDEX_FONT_PT, regular, C.muted, 'end');
      }
    }
    // The page number, in the bottom margin.
    if (total > 1) text(labels.pageOf(pg.number, total), area.width / 2, area.height + Math.min(m * 0.6, 20), 8, regular, C.muted, 'middle');
  }
  if (replaced > 0) (options.onWarning ?? console.warn)(`rolekit toPDF: ${replaced} characters Helvetica cannot write were replaced by "?"; pass options.font (a font covering them and @pdf-lib/fontkit) to keep them`);
  const bytes = await doc.save();
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
