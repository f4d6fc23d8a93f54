// A server component: no 'use client' here. rolekit's entry is a client module
// ('use client'), so its components render on the server and hydrate in the browser;
// the sample org is plain data passed across the boundary. (Being a client module,
// its functions, parseOrg included, cannot be called from a server component.)
import { OrgChart, ResponsibilityChecklist, RoleCard, WorkflowStepper } from 'rolekit';
import { salesOrg } from 'rolekit/examples';

export default function Page() {
  const org = salesOrg;
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
