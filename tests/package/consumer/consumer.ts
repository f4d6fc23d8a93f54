// Type-checks under `strict` against the published .d.ts files.
import { parseOrg, fromPeople, type Org, type Role, type OrgIssue } from 'rolekit';
import { salesOrg } from 'rolekit/examples';
import { indexOrg, layoutOrg, type OrgIndex, type Qualification } from 'rolekit/model';
import { OrgSchema } from 'rolekit/schema';
import * as v from 'valibot';

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

// The declared interfaces and the schema's output are one type for a consumer too.
const fromSchema: Org = v.parse(OrgSchema, salesOrg);
const index: OrgIndex = indexOrg(fromSchema);
const kinds: Qualification['kind'][] = ['required', 'preferred'];
console.log(index.roots.length, layoutOrg(fromSchema).nodes.length, kinds);

// rolekit/import: the result narrows like parseOrg's.
import { fromCSV, type ImportIssue } from 'rolekit/import';
const imported = fromCSV('id,name,title\nS1,Marta,Head of Sales\n');
const importWarnings: readonly ImportIssue[] = imported.warnings;
if (imported.ok) console.log(imported.org.roles.length, importWarnings.map((w) => w.line));
