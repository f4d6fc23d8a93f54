import type { Org } from '../src';
import { indexOrg } from '../src/model';

/** The sample org as a plain table, for the introduction page. */
export function SampleOrgTable({ org }: { org: Org }) {
  const index = indexOrg(org);
  return (
    <table className="rk-sample-table">
      <caption>
        {org.name}: {org.roles.length} roles, {org.people?.length ?? 0} people
      </caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col">Held by</th>
          <th scope="col">Reports to</th>
          <th scope="col">Duties</th>
          <th scope="col">Rules with fines</th>
        </tr>
      </thead>
      <tbody>
        {org.roles.map((role) => {
          const holders = index.holders(role.id);
          const duties = role.responsibilities?.reduce((n, g) => n + g.items.length, 0) ?? 0;
          return (
            <tr key={role.id}>
              <th scope="row">
                {role.title}
                {role.assistant ? ' (assistant)' : ''}
              </th>
              <td>{holders.length ? holders.map((p) => p.name).join(', ') : <em>Vacant</em>}</td>
              <td>{index.manager(role.id)?.title ?? '—'}</td>
              <td>{duties}</td>
              <td>{role.assessments?.filter((a) => a.penalty).length ?? 0}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
