// Type-checks under `strict` against the published .d.ts files.
import { parseOrg, fromPeople, type Org, type Role, type OrgIssue } from 'rolekit';
import { salesOrg } from 'rolekit/examples';

const result = parseOrg(salesOrg as unknown);
if (result.ok) {
  const org: Org = result.org;
  const first: Role | undefined = org.roles[0];
  console.log(first?.title);
} else {
  const issues: readonly OrgIssue[] = result.issues;
  console.log(issues.map((issue) => issue.path.join('.')));
}
const built = fromPeople([{ id: '1', managerId: null, name: 'A', title: 'Boss' }]);
console.log(built.ok);
