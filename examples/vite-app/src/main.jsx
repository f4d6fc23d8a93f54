// A host page the way a user writes one: the packed package, its stylesheet, and the
// four components on one org. Selecting a node shows that role beside the chart.
import { StrictMode, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { OrgChart, ResponsibilityChecklist, RoleCard, WorkflowStepper } from 'rolekit';
import { salesOrg } from 'rolekit/examples';
import 'rolekit/styles.css';

function App() {
  const [roleId, setRoleId] = useState('assistant-sales-director');
  const role = salesOrg.roles.find((r) => r.id === roleId);
  return (
    <main style={{ display: 'grid', gap: 24, padding: 16, fontFamily: 'system-ui' }}>
      <h1>Northwind Sales</h1>
      <p data-testid="react-version">React {version}</p>
      <OrgChart org={salesOrg} aria-label="Northwind Sales" selectedId={roleId} onActivate={setRoleId} defaultExpandDepth={Infinity} height={420} />
      {role && (
        <section aria-label="Role details" style={{ display: 'grid', gap: 24 }}>
          <RoleCard key={role.id} role={role} org={salesOrg} headingLevel={2} onRoleClick={setRoleId} />
          <ResponsibilityChecklist role={role} />
          {role.workflow && <WorkflowStepper workflow={role.workflow} />}
        </section>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
