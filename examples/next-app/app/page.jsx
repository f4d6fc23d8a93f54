// A server component: no 'use client' here. rolekit's entry is a client module
// ('use client'), so its components render on the server and hydrate in the browser;
// the org is plain data passed across the boundary. The model functions come from
// 'rolekit/model', which is not a client module, so the server validates the data.
import { OrgChart, ResponsibilityChecklist, RoleCard, WorkflowStepper } from 'rolekit';
import { parseOrg } from 'rolekit/model';
import { salesOrg } from 'rolekit/examples';

export default function Page() {
  const result = parseOrg(salesOrg);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  const org = result.org;
  const role = org.roles.find((r) => r.id === 'assistant-sales-director');
  return (
    <main style={{ display: 'grid', gap: 24, padding: 16 }}>
      <h1>{org.name}</h1>
      <OrgChart org={org} aria-label={org.name} defaultExpandDepth={Infinity} dir="ltr" />
      <RoleCard role={role} org={org} headingLevel={2} />
      <ResponsibilityChecklist role={role} />
      <WorkflowStepper workflow={role.workflow} />
    </main>
  );
}
