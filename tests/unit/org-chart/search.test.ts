import { describe, expect, it } from 'vitest';
import { normalizeText, pathsToRoots, searchOrg } from '../../../src/model/search';
import type { Org } from '../../../src';
import { salesOrg } from '../../../src/examples';

const org: Org = {
  name: 'Search',
  people: [
    { id: 'p1', name: 'Jürgen Müller' },
    { id: 'p2', name: 'Zoë Park' },
  ],
  roles: [
    { id: 'ceo', title: 'Chief Executive', holderIds: ['p1'] },
    { id: 'cfo', title: 'Chief Financial Officer', department: 'Finance', reportsTo: 'ceo' },
    { id: 'ctrl', title: 'Controller', department: 'Finance', reportsTo: 'cfo', holderIds: ['p2'] },
    { id: 'eng', title: 'Head of Engineering', department: 'Engineering', reportsTo: 'ceo' },
  ],
};

describe('search', () => {
  describe('normalizeText', () => {
    it('drops case and accents', () => {
      expect(normalizeText('Jürgen MÜLLER')).toBe('jurgen muller');
      expect(normalizeText('Zoë')).toBe('zoe');
    });

    it('folds compatibility forms (full-width letters)', () => {
      expect(normalizeText('ＣＥＯ')).toBe('ceo');
    });
  });

  describe('searchOrg', () => {
    it('finds a role by its holder’s name, ignoring accents and case', () => {
      expect(searchOrg(org, 'muller')).toEqual(['ceo']);
      expect(searchOrg(org, 'ZOE')).toEqual(['ctrl']);
    });

    it('finds roles by title and by department, in the org’s order', () => {
      expect(searchOrg(org, 'chief')).toEqual(['ceo', 'cfo']);
      expect(searchOrg(org, 'finance')).toEqual(['cfo', 'ctrl']);
    });

    it('needs every word of the query, in any field', () => {
      expect(searchOrg(org, 'finance park')).toEqual(['ctrl']);
      expect(searchOrg(org, 'finance engineering')).toEqual([]);
    });

    it('matches nothing for a blank query', () => {
      expect(searchOrg(org, '   ')).toEqual([]);
    });

    it('finds Chinese holder names in the sample org', () => {
      expect(searchOrg(salesOrg, '王芳')).toEqual(['director-assistant']);
    });
  });

  describe('pathsToRoots', () => {
    it('collects every manager above the matches, once', () => {
      expect([...pathsToRoots(org, ['ctrl', 'eng'])].sort()).toEqual(['ceo', 'cfo']);
      expect(pathsToRoots(org, ['ceo']).size).toBe(0);
    });
  });
});
