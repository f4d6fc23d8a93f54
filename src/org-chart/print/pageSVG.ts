/**
 * One printed page as an SVG document fragment (a string), in points: the cards as the
 * SVG export draws them (`cardPainter`), scaled to the page; connectors; headings and
 * marks; or index columns. Text stays text, so the browser's PDF keeps it selectable.
 */
import type { Org, Role } from '../../model/schema';
import type { LayoutNode, OrgLayout } from '../../model/layout';
import { cardPainter, escapeXML, fitText, type ChartToSVGOptions } from '../export';
import { MARK_PX, INDEX_FONT_PT, INDEX_HEADING_PT, type Pagination, type PrintPage } from './paginate';
import type { PaperLabels } from './labels';

export interface PageContext {
  readonly layout: OrgLayout;
  readonly org: Org;
  readonly pagination: Pagination;
  readonly labels: PaperLabels;
  readonly svg: ChartToSVGOptions;
}

/** "Holder · Title", or the title of a vacancy: how headings and the index name a role. */
export function roleName(role: Role, people: ReadonlyMap<string, string>): string {
  const holder = (role.holderIds ?? []).map((id) => people.get(id)).find(Boolean);
  return holder ? `${holder} · ${role.title}` : role.title;
}

export function peopleOf(org: Org): Map<string, string> {
  return new Map((org.people ?? []).map((p) => [p.id, p.name]));
}

/** The node moved to 0,0; its other fields (some are getters, not own properties) read through. */
const atOrigin = (node: LayoutNode): LayoutNode => Object.assign(Object.create(node) as LayoutNode, { x: 0, y: 0 });

const f = (n: number) => Math.round(n * 100) / 100;

/** Every page's markup; the painter (fonts, colours) is shared. */
export function pagesToSVG(ctx: PageContext): string[] {
  const painter = cardPainter(ctx.layout, ctx.org, { ...ctx.svg, theme: 'light' });
  const people = peopleOf(ctx.org);
  const { area } = ctx.pagination;
  const { line, muted, text, accent } = painter.colours;
  return ctx.pagination.pages.map((page: PrintPage) => {
    let body = '';
    if (page.kind === 'chart') {
      const k = page.scale;
      const path = page.links.map((l) => l.map((p, i) => `${i ? 'L' : 'M'}${f(p.x)} ${f(p.y)}`).join('')).join('');
      if (path) body += `<path d="${path}" fill="none" stroke="${line}" stroke-width="${f(Math.max(0.5, k))}"/>`;
      const dotted = page.dotted.map(([a, c, d, e]) => `M${f(a!.x)} ${f(a!.y)}C${f(c!.x)} ${f(c!.y)} ${f(d!.x)} ${f(d!.y)} ${f(e!.x)} ${f(e!.y)}`).join('');
      if (dotted) body += `<path d="${dotted}" fill="none" stroke="${accent}" stroke-width="${f(1.5 * k)}" stroke-dasharray="${f(5 * k)} ${f(4 * k)}"/>`;
      for (const n of page.nodes) {
        const node = ctx.layout.nodes[n.index]!;
        // Drawn at the origin, then placed: the card's own coordinates stay in layout px.
        body += `<g transform="translate(${f(n.x)} ${f(n.y)}) scale(${f(k * 1000) / 1000})">${painter.card(atOrigin(node), `${page.number}-${n.index}`)}`;
        if (n.continuedOn !== undefined) {
          body += `<text x="${node.width / 2}" y="${node.height + MARK_PX - 6}" text-anchor="middle" class="s b" fill="${muted}">→ ${escapeXML(ctx.labels.continuedOn(n.continuedOn))}</text>`;
        }
        body += '</g>';
      }
      for (const h of page.headings) {
        const manager = ctx.layout.node(h.managerId)!.role;
        const label = fitText(ctx.labels.fromPage(h.fromPage, roleName(manager, people)), 14, area.width / k - 8)[0] ?? '';
        body += `<text x="${f(h.x)}" y="${f(h.y + h.height * 0.6)}" class="b" style="font-size:${f(14 * k)}px" fill="${text}">${escapeXML(label)}</text>`;
      }
    } else {
      body += `<text x="0" y="${INDEX_HEADING_PT * 0.7}" class="b" style="font-size:${INDEX_HEADING_PT * 0.7}px" fill="${text}">${escapeXML(ctx.labels.index)}</text>`;
      const colW = page.entries.length > 1 ? Math.min(area.width, ...page.entries.filter((e) => e.x > 0).map((e) => e.x)) : area.width;
      for (const e of page.entries) {
        const name = fitText(e.detail ? `${e.name}, ${e.detail}` : e.name, INDEX_FONT_PT, colW - 28)[0] ?? '';
        body += `<text x="${f(e.x)}" y="${f(e.y + INDEX_FONT_PT)}" style="font-size:${INDEX_FONT_PT}px" fill="${text}">${escapeXML(name)}</text>`;
        body += `<text x="${f(e.x + colW - 8)}" y="${f(e.y + INDEX_FONT_PT)}" text-anchor="end" style="font-size:${INDEX_FONT_PT}px" fill="${muted}">${e.page}</text>`;
      }
    }
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f(area.width)} ${f(area.height)}" width="${f(area.width)}pt" height="${f(area.height)}pt">` +
      `<style>${painter.style}</style><defs>${painter.takeDefs()}</defs>${body}</svg>`
    );
  });
}
