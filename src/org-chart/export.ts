/**
 * Export a laid-out org chart as a standalone SVG document, or (browser only) a PNG.
 *
 * The whole layout is drawn, not the viewport, with literal colours (an exported file
 * has no CSS variables) and text fitted by a character-width estimate rather than DOM
 * measuring, so `chartToSVG` runs in node too. The card mirrors `OrgChartNode`: level
 * accent bar, avatar (photo or initials), title in at most two lines, holder or
 * "Vacant", department · reports; vacancies dashed.
 */
import type { Org, Person } from '../model/schema';
import type { LayoutLink, LayoutNode, OrgLayout } from '../model/layout';
import { formatList, formatNumber, initials } from '../internal/format';
import { safeImageUrl } from '../internal/url';
import { orgChartLabels, type OrgChartLabels } from './labels';

export interface ChartToSVGOptions {
  /** The document's `<title>` (its accessible name).  @default the org's name */
  title?: string | undefined;
  /** CSS font-family list; CJK fallbacks are appended.  @default system-ui stack */
  fontFamily?: string | undefined;
  /** @default 'light' */
  theme?: 'light' | 'dark' | undefined;
  /** Avatar URL → `data:` URL to embed. Other http(s) avatars are drawn as initials. */
  images?: ReadonlyMap<string, string> | undefined;
  /** Overrides for the built-in strings ("Vacant", "6 reports"). */
  labels?: Partial<OrgChartLabels> | undefined;
  /** BCP 47 locale for counts and name lists. */
  locale?: string | undefined;
}

export interface ChartToPNGOptions extends ChartToSVGOptions {
  /** Device pixels per layout pixel; lowered when the canvas would be too big.  @default 2 */
  scale?: number | undefined;
  /** Fetches one avatar. Any rejection (CORS, 404) or a 3 s timeout draws initials instead.  @default fetch(url, { mode: 'cors' }) */
  fetchImage?: ((url: string) => Promise<Blob>) | undefined;
}

/** Room around the layout, as in the DOM chart. */
const PAD = 24;
const CJK = '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif';
const FONT = 'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",' + CJK;

// page card border text muted accent accentSoft vacant vacantSoft line | executive director manager supervisor assistant default
const THEMES = {
  light: '#f8fafc #fff #d5dbe3 #1f2937 #4b5563 #1d4ed8 #eff4ff #92400e #fffbeb #6b788b #6d28d9 #1d4ed8 #0f766e #15803d #be185d #94a3b8',
  dark: '#162033 #0f172a #334155 #e5e7eb #a8b3c2 #93b4fd #1e2a4a #fcd34d #33260a #919cad #c4b5fd #93b4fd #5eead4 #6ee7a0 #f9a8d4 #64748b',
};
type Palette = [string, string, string, string, string, string, string, string, string, string, ...string[]];
const LEVELS = ['executive', 'director', 'manager', 'supervisor', 'assistant'];

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Escapes text and attribute values; drops characters XML 1.0 forbids (control codes). */
export const escapeXML = (s: string) =>
  // eslint-disable-next-line no-control-regex -- matching control codes is the point: XML 1.0 forbids them
  s.replace(/[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESC[c]!);

const narrowOrWide = (c: string) => (/[il.,:;'|!ijtf\s]/.test(c) ? 0.3 : /[A-Z@mwMW%]/.test(c) ? 0.72 : 0.58);
// Card text is mostly ASCII, and paper measures every card's every line: a table spares two
// regular expressions per character (a 10,000-role print measures ~1.5 million).
const ASCII_EM = Array.from({ length: 128 }, (_, code) => narrowOrWide(String.fromCharCode(code)));
/**
 * Width of a character in em, roughly, for a sans-serif UI font: wide CJK and
 * emoji, narrow i/l/punctuation, wide capitals. Errs wide, so text never spills.
 */
const em = (c: string) => {
  const code = c.codePointAt(0)!;
  return code < 128 ? ASCII_EM[code]! : code > 0x2e7f ? 1 : narrowOrWide(c);
};

/** Splits text into at most `lines` lines of `max` px (`size` px font), breaking at spaces, else anywhere; "…" ends a cut. */
export function fitText(text: string, size: number, max: number, lines = 1): string[] {
  const clean = text.trim().replace(/\s+/g, ' ');
  // Most texts fit their first line: measure before splitting into code points.
  let whole = 0;
  for (const c of clean) if ((whole += em(c) * size) > max) break;
  if (whole <= max) return clean ? [clean] : [];
  const out: string[] = [];
  let rest = Array.from(clean);
  while (rest.length > 0 && out.length < lines) {
    let w = 0;
    let i = 0;
    let space = -1;
    for (; i < rest.length && (w += em(rest[i]!) * size) <= max; i++) if (rest[i] === ' ') space = i;
    if (i === rest.length) {
      out.push(rest.join(''));
      break;
    }
    if (out.length === lines - 1) {
      // Last line: make room for the ellipsis.
      for (w -= em(rest[i]!) * size; i > 0 && w + size > max; ) w -= em(rest[--i]!) * size;
      out.push(rest.slice(0, i).join('').trimEnd() + '…');
      break;
    }
    const cut = space > 0 ? space : Math.max(i, 1);
    out.push(rest.slice(0, cut).join(''));
    rest = rest.slice(rest[cut] === ' ' ? cut + 1 : cut);
  }
  return out;
}

/** Every distinct http(s) avatar of a holder, the ones `chartToPNG` must fetch to embed. */
export function collectAvatarUrls(org: Org): string[] {
  const urls = new Set<string>();
  for (const p of org.people ?? []) {
    const url = safeImageUrl(p.avatarUrl);
    if (url && !url.startsWith('data:')) urls.add(url);
  }
  return [...urls];
}

const points = (l: LayoutLink) => l.points.map((p, k) => `${k ? 'L' : 'M'}${p.x} ${p.y}`).join('');

/** Colours, fonts and the card drawing shared by the SVG export and paper (`print/`). */
export interface CardPainter {
  readonly colours: { readonly page: string; readonly line: string; readonly accent: string; readonly text: string; readonly muted: string };
  /** The `<style>` rules the cards' text classes need. */
  readonly style: string;
  /** One card at its layout box; `key` makes its clip-path id unique in the document. */
  card(n: LayoutNode, key: string): string;
  /** The `<clipPath>`s the cards drawn so far need (avatars), then forgets them. */
  takeDefs(): string;
}

export function cardPainter(layout: OrgLayout, org: Org, options: ChartToSVGOptions = {}): CardPainter {
  const [page, card, border, text, muted, accent, accentSoft, vacant, vacantSoft, line, ...levels] = THEMES[options.theme === 'dark' ? 'dark' : 'light'].split(' ') as Palette;
  const labels = { ...orgChartLabels, ...options.labels };
  const { locale, images } = options;
  const rtl = layout.options.direction === 'rtl';
  const people = new Map<string, Person>((org.people ?? []).map((p) => [p.id, p]));
  const font = escapeXML(options.fontFamily ? `${options.fontFamily},${CJK}` : FONT);

  let defs = '';
  const node = (n: LayoutNode, key: string) => {
    const { x, y, width: w, height: h, role } = n;
    const holders = (role.holderIds ?? []).map((id) => people.get(id)).filter((p): p is Person => !!p);
    const holder = holders[0];
    const isVacant = !holder;
    const level = levels[LEVELS.indexOf(role.level ?? '')] ?? levels[5];
    // The DOM card: 1px border, 8px (+3px accent) / 12px padding, 32px avatar, 12px gap.
    const cy = y + h / 2 + 1.5;
    const ax = rtl ? x + w - 29 : x + 29;
    const tx = rtl ? x + w - 57 : x + 57;
    const max = w - 70;
    const titleLines = fitText(role.title, 15, max, 2); // 14px, bold: ~8% wider
    const count = n.childCount || role.reportCount || 0;
    const reports = count ? labels.reports(count, formatNumber(count, locale)) : '';
    // The department gives way to the reports count, which is never cut.
    const meta = [fitText(role.department ?? '', 12, max - (reports ? textWidth(reports, 12) + 16 : 0))[0], reports].filter(Boolean).join(' · ');
    const holderText = formatList(holders.map((p) => p.name), locale);
    // [text, font size, line height, colour, bold]; the vacant badge is 18px plus margins.
    const rows: Array<[string, number, number, string, boolean]> = titleLines.map((s) => [s, 14, 18, text, true]);
    rows.push(isVacant ? [labels.vacant, 12, 21, vacant, true] : [fitText(holderText, 14, max)[0] ?? '', 14, 19, text, false]);
    if (meta) rows.push([meta, 12, 17, muted, false]);
    let ty = cy - rows.reduce((s, r) => s + r[2], 0) / 2;
    const anchor = rtl ? ' text-anchor="end"' : '';

    let out = isVacant
      ? `<rect x="${x + 0.75}" y="${y + 0.75}" width="${w - 1.5}" height="${h - 1.5}" rx="12" fill="${vacantSoft}" stroke="${vacant}" stroke-width="1.5" stroke-dasharray="5 3"/><circle cx="${ax}" cy="${cy}" r="15.25" fill="none" stroke="${vacant}" stroke-width="1.5" stroke-dasharray="3 2.5"/>`
      : `<rect x="${x + 0.5}" y="${y + 0.5}" width="${w - 1}" height="${h - 1}" rx="12" fill="${card}" stroke="${border}"/><path d="M${x + 4.45} ${y + 4}a11 11 0 0 1 7.55-3h${w - 24}a11 11 0 0 1 7.55 3z" fill="${level}"/>`;
    if (holder) {
      const url = safeImageUrl(holder.avatarUrl);
      const src = url && (url.startsWith('data:') ? url : images?.get(url));
      if (src) {
        defs += `<clipPath id="a${key}"><circle cx="${ax}" cy="${cy}" r="16"/></clipPath>`;
        out += `<image href="${escapeXML(src)}" x="${ax - 16}" y="${cy - 16}" width="32" height="32" preserveAspectRatio="xMidYMid slice" clip-path="url(#a${key})"/>`;
      } else {
        out += `<circle cx="${ax}" cy="${cy}" r="16" fill="${accentSoft}"/><text x="${ax}" y="${cy + 4}" text-anchor="middle" class="s b" fill="${accent}">${escapeXML(initials(holder.name))}</text>`;
      }
    }
    rows.forEach(([s, size, lh, fill, bold], k) => {
      let sx = tx;
      if (isVacant && k === titleLines.length) {
        const bw = Math.ceil(textWidth(s, 13)) + 18;
        out += `<rect x="${rtl ? tx - bw : tx}" y="${ty + 1.5}" width="${bw}" height="18" rx="9" fill="none" stroke="${vacant}"/>`;
        sx += rtl ? -9 : 9;
      }
      out += `<text x="${sx}" y="${ty + lh / 2 + size * 0.36}"${anchor} ${size < 14 ? (bold ? ' class="s b"' : ' class="s"') : bold ? ' class="b"' : ''} fill="${fill}">${escapeXML(s)}</text>`;
      ty += lh;
    });
    // The full title (the card may cut it): a tooltip, and the group's accessible name.
    return `<g><title>${escapeXML(role.title)}</title>${out}</g>`;
  };
  return {
    colours: { page, line, accent, text, muted },
    style: `text{font:14px ${font}}.b{font-weight:600}.s{font-size:12px}`,
    card: node,
    takeDefs() {
      const out = defs;
      defs = '';
      return out;
    },
  };
}

/** A standalone SVG document of the whole layout (every node, not a viewport). */
export function chartToSVG(layout: OrgLayout, org: Org, options: ChartToSVGOptions = {}): string {
  const painter = cardPainter(layout, org, options);
  const { page, line, accent } = painter.colours;
  const b = layout.bounds;
  const width = b.width + 2 * PAD;
  const height = b.height + 2 * PAD;
  const title = escapeXML(options.title ?? org.name ?? '');

  const solid = layout.links.map(points).join('');
  const dotted = layout.dottedLinks.map(({ points: [a, c, d, e] }) => `M${a!.x} ${a!.y}C${c!.x} ${c!.y} ${d!.x} ${d!.y} ${e!.x} ${e!.y}`).join('');
  const body = layout.nodes.map((n, i) => painter.card(n, String(i))).join('');

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${b.x - PAD} ${b.y - PAD} ${width} ${height}" role="img" aria-label="${title}">` +
    `<title>${title}</title><style>${painter.style}</style>` +
    `<defs>${painter.takeDefs()}</defs>` +
    `<rect x="${b.x - PAD}" y="${b.y - PAD}" width="${width}" height="${height}" fill="${page}"/>` +
    `<g transform="translate(.5 .5)" fill="none">${solid && `<path d="${solid}" stroke="${line}" shape-rendering="crispEdges"/>`}` +
    `${dotted && `<path d="${dotted}" stroke="${accent}" stroke-width="1.5" stroke-dasharray="5 4" stroke-linecap="round"/>`}</g>` +
    `${body}</svg>`
  );
}

export const textWidth = (s: string, size: number) => Array.from(s).reduce((w, c) => w + em(c) * size, 0);

/* -------------------------------------------------------------------------------------------------
 * PNG (browser only)
 * -----------------------------------------------------------------------------------------------*/

/** Chromium and Firefox refuse canvases much over 16,384 px a side or ~268 M pixels; Safari ~16.7 M pixels. */
const MAX_SIDE = 16_384;
const MAX_AREA = 16_000_000;

const toDataURL = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = reject;
    reader.readAsDataURL(blob);
  });

/**
 * Renders the whole chart to a PNG. Avatars on other origins are fetched (CORS) and
 * embedded; one that fails or takes over 3 s is drawn as initials — an avatar never
 * makes the export fail. Rejects only when the browser cannot draw or encode at all.
 */
export async function chartToPNG(layout: OrgLayout, org: Org, options: ChartToPNGOptions = {}): Promise<Blob> {
  const fetchImage = options.fetchImage ?? ((url: string) => fetch(url, { mode: 'cors' }).then((r) => (r.ok ? r.blob() : Promise.reject(r.status))));
  const images = new Map<string, string>();
  await Promise.all(
    collectAvatarUrls(org).map(async (url) => {
      try {
        const blob = await Promise.race([fetchImage(url), new Promise<never>((_, reject) => setTimeout(reject, 3000))]);
        if (blob.type.startsWith('image/')) images.set(url, await toDataURL(blob));
      } catch {
        // Drawn as initials.
      }
    }),
  );
  const svg = chartToSVG(layout, org, { ...options, images });
  const w = layout.bounds.width + 2 * PAD;
  const h = layout.bounds.height + 2 * PAD;
  const scale = Math.min(options.scale ?? 2, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_AREA / (w * h)));
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(w * scale));
    canvas.height = Math.max(1, Math.round(h * scale));
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(image.src);
  }
}
