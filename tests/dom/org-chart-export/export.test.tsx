import { describe, expect, it } from 'vitest';
import { layoutOrg } from '../../../src/model/layout';
import type { Org } from '../../../src';
import { generateOrg, salesOrg, salesOrgZh } from '../../../src/examples';
import { chartToSVG } from '../../../src/org-chart/export';

/** jsdom's XML parser: a well-formedness error comes back as a <parsererror> document. */
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const isWellFormed = (doc: Document) => doc.getElementsByTagName('parsererror').length === 0 && doc.documentElement.localName === 'svg';

const hostileOrg: Org = {
  name: `Acme <Holdings> & "Sons" ]]> <!-- x`,
  people: [{ id: 'p1', name: `</text><script>alert(1)</script> O'Brien & <b>`, avatarUrl: 'data:image/png;base64,"><script>' }],
  roles: [
    { id: 'a', title: `<![CDATA[x]]> & 'Co' <svg onload="alert(1)">`, department: '<R&D>', holderIds: ['p1'] },
    { id: 'b', title: 'Open "role" \u0001', reportsTo: 'a', dottedLineTo: ['a'] },
  ],
};

describe('chartToSVG output, parsed as XML', () => {
  describe.each([
    ['the sales org', salesOrg],
    ['the Chinese sales org', salesOrgZh],
    ['a generated org of 500 roles', generateOrg(500)],
    ['a hostile org', hostileOrg],
  ])('given %s', (_name, org) => {
    const doc = parse(chartToSVG(layoutOrg(org), org));

    it('is well-formed SVG', () => {
      expect(isWellFormed(doc)).toBe(true);
      expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    });

    it('has one group per role, named by its full title', () => {
      const titles = [...doc.querySelectorAll('svg > g > title')].map((t) => t.textContent);
      // eslint-disable-next-line no-control-regex -- the fixture's control codes are what the export drops
      expect(titles.sort()).toEqual(org.roles.map((r) => r.title.replace(/[\u0000-\u0008]/g, '')).sort());
    });

    it('is named by the org', () => {
      expect(doc.querySelector('svg > title')?.textContent).toBe(org.name);
    });
  });

  describe('given a hostile org', () => {
    const doc = parse(chartToSVG(layoutOrg(hostileOrg), hostileOrg));

    it('keeps markup in names as text, never elements', () => {
      expect(doc.querySelector('script, b, foreignObject')).toBeNull();
      expect(doc.querySelectorAll('svg svg')).toHaveLength(0);
      expect([...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n')).toContain('</text><script>');
    });

    it('keeps a hostile avatar URL inside its attribute', () => {
      const image = doc.querySelector('image');
      expect(image?.getAttribute('href')).toBe('data:image/png;base64,"><script>');
      expect(image?.attributes).toHaveLength(7);
    });

    it('shows the holderless role as vacant', () => {
      expect([...doc.querySelectorAll('text')].some((t) => t.textContent === 'Vacant')).toBe(true);
    });
  });
});
