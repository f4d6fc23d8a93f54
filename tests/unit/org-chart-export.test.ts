import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutOrg } from '../../src/model/layout';
import type { Org } from '../../src';
import { generateOrg, salesOrg } from '../../src/examples';
import { chartToSVG, collectAvatarUrls, escapeXML, fitText } from '../../src/org-chart/export';

const HOSTILE = `<script>alert("x")</script> & 'Co' ]]>`;
const hostileOrg: Org = {
  name: 'Acme <Holdings> & "Sons"',
  people: [{ id: 'p1', name: `</text><image href="javascript:alert(1)"/> O'Brien & <b>` }],
  roles: [
    { id: 'a', title: HOSTILE, department: '<R&D>', holderIds: ['p1'], level: 'executive' },
    { id: 'b', title: 'Open "role"', reportsTo: 'a' },
  ],
};

describe('chartToSVG', () => {
  describe('given the sample sales org', () => {
    const layout = layoutOrg(salesOrg);
    const svg = chartToSVG(layout, salesOrg);

    it('is a standalone SVG document with a title', () => {
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="[-\d.]+ [-\d.]+ \d+ \d+"/);
      expect(svg).toContain(`<title>${salesOrg.name}</title>`);
      expect(svg).not.toContain('var(--');
    });

    it('names every role in full, even when the card cuts the title', () => {
      for (const role of salesOrg.roles) expect(svg).toContain(`<title>${escapeXML(role.title)}</title>`);
      expect(svg).toMatch(/…<\/text>/);
    });

    it('labels vacancies and draws them dashed', () => {
      const vacant = salesOrg.roles.filter((r) => !r.holderIds?.length).length;
      expect(vacant).toBeGreaterThan(0);
      expect(svg.match(/>Vacant<\/text>/g)).toHaveLength(vacant);
      expect(svg.match(/stroke-dasharray="5 3"/g)).toHaveLength(vacant);
    });

    it('embeds data: avatars clipped to a circle and draws initials for the rest', () => {
      expect(svg.match(/<image href="data:image\/svg\+xml/g)).toHaveLength(2);
      expect(svg.match(/<clipPath id="a\d+"><circle/g)).toHaveLength(2);
      expect(svg).toContain('>MH</text>');
    });

    it('draws solid connectors and dashed dotted lines', () => {
      expect(svg).toMatch(/<path d="M[^"]+" stroke="#6b788b"/);
      expect(svg).toContain('stroke-dasharray="5 4"');
    });

    it('has a viewBox that holds every node', () => {
      const [x, y, w, h] = svg.match(/viewBox="([^"]+)"/)![1]!.split(' ').map(Number) as [number, number, number, number];
      for (const n of layout.nodes) {
        expect(n.x).toBeGreaterThanOrEqual(x);
        expect(n.y).toBeGreaterThanOrEqual(y);
        expect(n.x + n.width).toBeLessThanOrEqual(x + w);
        expect(n.y + n.height).toBeLessThanOrEqual(y + h);
      }
    });

    it('uses other literal colours in the dark theme', () => {
      const dark = chartToSVG(layout, salesOrg, { theme: 'dark' });
      expect(dark).not.toEqual(svg);
      expect(svg).toContain('fill="#f8fafc"');
      expect(dark).toContain('fill="#162033"');
      expect(dark).not.toContain('fill="#fff"');
    });

    it('names the font with CJK fallbacks', () => {
      expect(svg).toContain('&quot;Noto Sans CJK SC&quot;,sans-serif}');
      expect(chartToSVG(layout, salesOrg, { fontFamily: 'Inter' })).toMatch(/font:14px Inter,&quot;PingFang SC&quot;/);
    });
  });

  describe('given a generated org of 500 roles', () => {
    const org = generateOrg(500);
    const layout = layoutOrg(org);
    const svg = chartToSVG(layout, org);

    it('draws every role of the layout', () => {
      expect(layout.nodes).toHaveLength(500);
      expect(svg.match(/<g><title>/g)).toHaveLength(500);
      for (const role of org.roles) expect(svg).toContain(`<title>${escapeXML(role.title)}</title>`);
    });
  });

  describe('given hostile text', () => {
    const svg = chartToSVG(layoutOrg(hostileOrg), hostileOrg, { title: `a<b>&"c'` });

    it('escapes every text and attribute', () => {
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('<b>');
      expect(svg).not.toContain('<image');
      expect(svg).not.toContain('<R&D>');
      expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Co&apos; ]]&gt;');
      expect(svg).toContain('<title>a&lt;b&gt;&amp;&quot;c&apos;</title>');
      expect(svg).toContain('aria-label="a&lt;b&gt;&amp;&quot;c&apos;"');
    });

    it('drops control characters XML cannot hold', () => {
      expect(escapeXML('a\u0000b\u001fc\td')).toBe('abc\td');
    });
  });
});

describe('fitText', () => {
  it('keeps short text on one line', () => {
    expect(fitText('Sales Director', 14, 170, 2)).toEqual(['Sales Director']);
  });

  it('wraps at a space and ends a cut line with an ellipsis', () => {
    const lines = fitText('Dealer Sales Representative, Shanghai and the Yangtze River Delta', 14, 170, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Dealer Sales');
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('breaks CJK text anywhere, at a wider estimate than Latin', () => {
    const lines = fitText('华北大区销售经理兼渠道与重点客户主管', 14, 170, 2);
    expect(lines[0]!.length).toBe(12); // 170 px / 14 px
    expect(lines[1]).toBe('重点客户主管');
  });

  // The measure before the fast path (paper measures ~1.5 million characters at 10,000 roles):
  // the table and the whole-text check must not change a single line.
  const emBefore = (c: string) => {
    const code = c.codePointAt(0)!;
    return code > 0x2e7f ? 1 : /[il.,:;'|!ijtf\s]/.test(c) ? 0.3 : /[A-Z@mwMW%]/.test(c) ? 0.72 : 0.58;
  };
  const fitTextBefore = (text: string, size: number, max: number, lines = 1): string[] => {
    const out: string[] = [];
    let rest = Array.from(text.trim().replace(/\s+/g, ' '));
    while (rest.length > 0 && out.length < lines) {
      let w = 0;
      let i = 0;
      let space = -1;
      for (; i < rest.length && (w += emBefore(rest[i]!) * size) <= max; i++) if (rest[i] === ' ') space = i;
      if (i === rest.length) {
        out.push(rest.join(''));
        break;
      }
      if (out.length === lines - 1) {
        for (w -= emBefore(rest[i]!) * size; i > 0 && w + size > max; ) w -= emBefore(rest[--i]!) * size;
        out.push(rest.slice(0, i).join('').trimEnd() + '…');
        break;
      }
      const cut = space > 0 ? space : Math.max(i, 1);
      out.push(rest.slice(0, cut).join(''));
      rest = rest.slice(rest[cut] === ' ' ? cut + 1 : cut);
    }
    return out;
  };

  it('cuts every text exactly as the measure without the fast path did', () => {
    const char = fc.oneof(
      fc.constantFrom(' ', '\t', '\u00a0', '\u2009', 'i', 'l', '.', 'W', 'M', '%', 'a', 'é', 'ß', 'Ж', '华', '销', '😀', '—'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }).map((cs) => cs.join('')), fc.integer({ min: 8, max: 18 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 3 }), (text, size, max, lines) => {
        expect(fitText(text, size, max, lines)).toEqual(fitTextBefore(text, size, max, lines));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('collectAvatarUrls', () => {
  it('lists distinct http(s) avatars only', () => {
    const org: Org = {
      name: 'x',
      roles: [],
      people: [
        { id: 'a', name: 'A', avatarUrl: 'https://cdn.example/a.png' },
        { id: 'b', name: 'B', avatarUrl: 'https://cdn.example/a.png' },
        { id: 'c', name: 'C', avatarUrl: 'data:image/png;base64,AAAA' },
        { id: 'd', name: 'D', avatarUrl: 'javascript:alert(1)' },
        { id: 'e', name: 'E' },
      ],
    };
    expect(collectAvatarUrls(org)).toEqual(['https://cdn.example/a.png']);
  });
});
