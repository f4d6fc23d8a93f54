/**
 * Finding roles by what a reader remembers of them: a holder's name, the title or the
 * department. Case- and accent-insensitive ("muller" finds "Müller", "ZHANG" finds
 * "Zhang"), substring matching, every word of the query must match somewhere in the
 * role. Pure, no React; the searchable text of an org is built once per org object.
 */
import type { Org } from './schema';
import { modelOf, type OrgIndex, type OrgModel } from './orgModel';
import { memoByObject } from './memo';

/** Lower case, compatibility-decomposed, combining marks removed: the form both sides are compared in. */
export function normalizeText(text: string): string {
  return text.toLocaleLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

// One string per role, fields joined by a character no query contains.
const haystacksOf = memoByObject((index: OrgIndex): string[] =>
  index.org.roles.map((role) => normalizeText([role.title, role.department ?? '', ...index.holders(role.id).map((p) => p.name)].join('\u0001'))),
);

/** Ids of the roles matching `query`, in the org's order. An empty or blank query matches nothing. */
/** Takes the org or its model. */
export function searchOrg(org: Org | OrgModel, query: string): string[] {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const index = modelOf(org).index;
  const list = haystacksOf(index);
  const roles = index.org.roles;
  const ids: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const text = list[i]!;
    if (words.every((w) => text.includes(w))) ids.push(roles[i]!.id);
  }
  return ids;
}

/** Every manager above any of `ids`: the paths from the matches up to their roots. */
export function pathsToRoots(org: Org | OrgModel, ids: readonly string[]): Set<string> {
  const index = modelOf(org).index;
  const path = new Set<string>();
  for (const id of ids) {
    let current = index.manager(id);
    // Stop at the first manager already on a path: everything above it is too.
    while (current && !path.has(current.id)) {
      path.add(current.id);
      current = index.manager(current.id);
    }
  }
  return path;
}
