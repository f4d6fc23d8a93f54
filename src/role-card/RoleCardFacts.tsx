/**
 * The role's place in the org (manager, reports, assistants, dotted lines), resolved
 * through the org index when the card has one, and drawn as a description list.
 */
import { useState, type MouseEvent, type ReactNode } from 'react';
import { formatNumber } from '../internal/format';
import { nonBlank, stringList } from '../internal/guards';
import { safeHostHref } from '../internal/hostHref';
import type { OrgIndex } from '../model/orgModel';
import type { Person, Role } from '../model/schema';
import type { RoleCardLabels } from './labels';

/* -------------------------------------------------------------------------------------------------
 * Facts: the role's place in the org, resolved through the index when there is one
 * -----------------------------------------------------------------------------------------------*/

export interface RoleFacts {
  vacant: boolean;
  holders: readonly Person[];
  /** The manager's role, or just its id when it cannot be resolved (no org). */
  manager: Role | string | undefined;
  reports: readonly Role[];
  assistants: readonly Role[];
  dottedLineTo: ReadonlyArray<Role | string>;
  dottedLineReports: readonly Role[];
  index: OrgIndex | undefined;
}

export function readFacts(role: Role, index: OrgIndex | undefined): RoleFacts {
  const holderIds = stringList(role.holderIds);
  const holders = index ? holderIds.map((id) => index.personById.get(id)).filter((p): p is Person => p !== undefined) : [];
  // Vacancy belongs to the role itself: a holder id that points nowhere is a data
  // problem (reported), not an open position.
  const vacant = holderIds.length === 0;
  const managerId = nonBlank(role.reportsTo);
  const manager = managerId === undefined ? undefined : index ? index.roleById.get(managerId) : managerId;
  const solid = index ? index.reports(role.id) : [];
  const dotted = stringList(role.dottedLineTo).flatMap<Role | string>((id) => {
    if (!index) return [id];
    const target = index.roleById.get(id);
    return target ? [target] : [];
  });
  return {
    vacant,
    holders,
    manager,
    reports: solid.filter((r) => !r.assistant),
    assistants: solid.filter((r) => r.assistant),
    dottedLineTo: dotted,
    dottedLineReports: index ? index.dottedReports(role.id) : [],
    index,
  };
}

export interface LinkContext {
  getRoleHref: ((roleId: string) => string | undefined) | undefined;
  onRoleClick: ((roleId: string, event: MouseEvent<HTMLElement>) => void) | undefined;
}

export function Facts({ facts, links, labels, limit, locale }: { facts: RoleFacts; links: LinkContext; labels: RoleCardLabels; limit: number; locale: string | undefined }) {
  const rows: Array<{ term: string; count?: number; items: ReadonlyArray<Role | string> }> = [];
  if (facts.manager !== undefined) rows.push({ term: labels.reportsTo, items: [facts.manager] });
  if (facts.reports.length) rows.push({ term: labels.directReports, count: facts.reports.length, items: facts.reports });
  if (facts.assistants.length) rows.push({ term: labels.assistants, items: facts.assistants });
  if (facts.dottedLineTo.length) rows.push({ term: labels.dottedLineTo, items: facts.dottedLineTo });
  if (facts.dottedLineReports.length) rows.push({ term: labels.dottedLineReports, items: facts.dottedLineReports });
  if (rows.length === 0) return null;
  return (
    <dl className="rk-card-facts" data-slot="role-card-facts">
      {rows.map((row) => (
        <div key={row.term} className="rk-card-fact" data-slot="role-card-fact">
          <dt>
            {row.term}
            {row.count !== undefined && <span className="rk-card-count" data-slot="role-card-count">{formatNumber(row.count, locale)}</span>}
          </dt>
          <dd>
            <RoleList items={row.items} facts={facts} links={links} labels={labels} limit={row.count !== undefined ? limit : Infinity} locale={locale} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RoleList({
  items,
  facts,
  links,
  labels,
  limit,
  locale,
}: {
  items: ReadonlyArray<Role | string>;
  facts: RoleFacts;
  links: LinkContext;
  labels: RoleCardLabels;
  limit: number;
  locale: string | undefined;
}) {
  const [expanded, setExpanded] = useState(false);
  const max = Math.max(0, Math.floor(Number.isFinite(limit) ? limit : items.length));
  const shown = expanded ? items : items.slice(0, max);
  const hidden = items.length - shown.length;
  return (
    <>
      <ul className="rk-card-roles" data-slot="role-card-roles">
        {shown.map((item) => {
          const id = typeof item === 'string' ? item : item.id;
          const holders = typeof item === 'string' || !facts.index ? undefined : facts.index.holders(item.id);
          return (
            <li key={id} className="rk-card-role" data-slot="role-card-role">
              <RoleName roleId={id} links={links}>
                <bdi>{typeof item === 'string' ? item : (nonBlank(item.title) ?? labels.untitledRole)}</bdi>
              </RoleName>
              {holders !== undefined && (
                <span className="rk-card-role-holder" data-slot="role-card-role-holder" data-vacant={holders.length === 0 ? '' : undefined}>
                  {holders.length ? <bdi>{holders.map((person) => person.name).join(', ')}</bdi> : labels.vacant}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {(hidden > 0 || expanded) && items.length > max && (
        <button type="button" className="rk-card-more" data-slot="role-card-more" aria-expanded={expanded} onClick={() => setExpanded((value) => !value)}>
          {expanded ? labels.showFewer : labels.showMore(hidden, formatNumber(hidden, locale))}
        </button>
      )}
    </>
  );
}

/** A role's name: a link with `getRoleHref`, a button with only `onRoleClick`, else text. */
export function RoleName({ roleId, links, children }: { roleId: string; links: LinkContext; children: ReactNode }) {
  const { getRoleHref, onRoleClick } = links;
  const href = getRoleHref ? safeHostHref(getRoleHref(roleId)) : undefined;
  const onClick = onRoleClick ? (event: MouseEvent<HTMLElement>) => onRoleClick(roleId, event) : undefined;
  if (href) {
    return (
      <a className="rk-card-link" data-slot="role-card-link" href={href} onClick={onClick}>
        {children}
      </a>
    );
  }
  if (onClick) {
    return (
      <button type="button" className="rk-card-link" data-slot="role-card-link" onClick={onClick}>
        {children}
      </button>
    );
  }
  return <>{children}</>;
}
