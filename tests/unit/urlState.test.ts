import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orgChartStateFromSearch, orgChartStateToSearch, type OrgChartUrlState } from '../../src/model';

const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const state: fc.Arbitrary<OrgChartUrlState> = fc.record(
  {
    focus: id,
    expanded: fc.array(id, { maxLength: 8 }),
    selected: id,
    query: id,
    view: fc.constantFrom('chart' as const, 'list' as const),
    zoom: fc.double({ min: 0.01, max: 10, noNaN: true }),
  },
  { requiredKeys: [] },
);

describe('the org chart view state in a URL', () => {
  describe('given any state', () => {
    it('reads back what it wrote', () => {
      fc.assert(
        fc.property(state, (s) => {
          expect(orgChartStateFromSearch(orgChartStateToSearch(s))).toEqual(s);
        }),
      );
    });

    it('reads back what it wrote over a host’s own query, and keeps that query', () => {
      fc.assert(
        fc.property(state, (s) => {
          const search = orgChartStateToSearch(s, '?id=explorer&viewMode=story&q=old');
          expect(search.startsWith('?id=explorer&viewMode=story')).toBe(true);
          expect(orgChartStateFromSearch(search)).toEqual(s);
        }),
      );
    });
  });

  it('writes a short, readable query', () => {
    expect(orgChartStateToSearch({ expanded: ['ceo', 'cfo'], selected: 'cfo', query: 'sales team', view: 'list', zoom: 0.72 })).toBe(
      '?expanded=ceo,cfo&selected=cfo&q=sales%20team&view=list&zoom=0.72',
    );
    expect(orgChartStateToSearch({})).toBe('');
    expect(orgChartStateToSearch({ query: '' })).toBe('');
  });

  it('keeps an id’s own comma apart from the separator', () => {
    const search = orgChartStateToSearch({ expanded: ['a,b', 'c'] });
    expect(search).toBe('?expanded=a%2Cb,c');
    expect(orgChartStateFromSearch(search).expanded).toEqual(['a,b', 'c']);
  });

  it('tells "nothing expanded" from "not said"', () => {
    expect(orgChartStateFromSearch('?expanded=')).toEqual({ expanded: [] });
    expect(orgChartStateFromSearch('?selected=a')).toEqual({ selected: 'a' });
  });

  describe('given junk', () => {
    it('never throws, and returns only fields that make sense', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (search) => {
          const s = orgChartStateFromSearch(search);
          if (s.view !== undefined) expect(['chart', 'list']).toContain(s.view);
          if (s.zoom !== undefined) expect(s.zoom > 0 && Number.isFinite(s.zoom)).toBe(true);
          for (const v of [s.focus, s.selected, s.query]) if (v !== undefined) expect(v).not.toBe('');
          expect(() => orgChartStateToSearch(s, search)).not.toThrow();
        }),
      );
    });

    it('drops what it cannot read, field by field', () => {
      expect(orgChartStateFromSearch('?view=tree&zoom=-2&selected=%E0%A4%A&q=ok&expanded=a,%ZZ,,b')).toEqual({ query: 'ok', expanded: ['a', 'b'] });
      expect(orgChartStateFromSearch('?zoom=Infinity&focus=')).toEqual({});
      expect(orgChartStateFromSearch(undefined as unknown as string)).toEqual({});
    });

    it('takes the first of a repeated key, and reads + as a space', () => {
      expect(orgChartStateFromSearch('q=first+one&q=second')).toEqual({ query: 'first one' });
    });

    it('writes nothing for what cannot be encoded (a lone surrogate)', () => {
      expect(orgChartStateToSearch({ selected: '\uD800', expanded: ['\uDC00', 'a'] })).toBe('?expanded=a');
    });

    it('ignores unknown keys, and keeps them, as written, when writing', () => {
      expect(orgChartStateFromSearch('?utm_source=mail&selected=a')).toEqual({ selected: 'a' });
      expect(orgChartStateToSearch({ selected: 'b' }, '?utm_source=mail&flag&selected=a')).toBe('?utm_source=mail&flag&selected=b');
    });
  });
});
