// Every component and the model's types, as a strict TypeScript app uses them.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  OrgChart,
  ResponsibilityChecklist,
  RoleCard,
  RolekitProvider,
  WorkflowStepper,
  parseOrg,
  type LabelOverrides,
  type Org,
  type OrgChartLabels,
  type OrgChartProps,
  type OrgIssue,
  type ResponsibilityChecklistProps,
  type Role,
  type RoleCardLabels,
  type RoleCardProps,
  type Workflow,
  type WorkflowStepperProps,
} from 'rolekit';
import { salesOrg } from 'rolekit/examples';
import { zhCN } from 'rolekit/locales/zh-CN';
import { layoutOrg, outlineOrg, type OrgLayout } from 'rolekit/model';
import { RoleSchema } from 'rolekit/schema';

const result = parseOrg(salesOrg as unknown);
const org: Org = result.ok ? result.org : salesOrg;
const first: Role | undefined = org.roles[0];
const workflow: Workflow | undefined = org.roles.find((r) => r.workflow)?.workflow;
const labels: LabelOverrides = zhCN;
const vacant: string = zhCN.roleCard.vacant;
const chartLabels: Partial<OrgChartLabels> = { vacant: 'Open' };
const cardLabels: Partial<RoleCardLabels> = { reportsCount: (_n, text) => `${text} people` };
// A host drawing its own chart uses the pure model; one composing schemas, rolekit/schema.
const layout: OrgLayout = layoutOrg(org, { expandDepth: 1 });
const visible: number = outlineOrg(org, { expandDepth: 1 }).items.length;
const roleFields: string[] = Object.keys(RoleSchema.entries);
console.log(layout.nodes.length === visible, roleFields.includes('title'));
const onError = (issues: readonly OrgIssue[]) => console.warn(issues.map((i) => `${i.code} ${i.path.join('.')}`));

function Explorer() {
  const [selected, setSelected] = useState<string | null>(first?.id ?? null);
  const role = org.roles.find((r) => r.id === selected);
  const chartProps: OrgChartProps = { org, selectedId: selected, onActivate: setSelected, labels: chartLabels, onError };
  return (
    <RolekitProvider locale="zh-CN" labels={labels}>
      <p>{vacant}</p>
      <OrgChart {...chartProps} />
      {role && <RoleCard {...({ role, org, labels: cardLabels, getRoleHref: (id) => `#role=${id}` } satisfies RoleCardProps)} />}
      {role && <ResponsibilityChecklist {...({ role, onCheckedChange: (ids: string[]) => console.log(ids) } satisfies ResponsibilityChecklistProps)} />}
      {workflow && <WorkflowStepper {...({ workflow, linear: true } satisfies WorkflowStepperProps)} />}
    </RolekitProvider>
  );
}

const host = document.getElementById('root');
if (host) createRoot(host).render(<Explorer />);
