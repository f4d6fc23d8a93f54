// The JSON Schema of `Org`, generated from the valibot schema parseOrg uses.
// Shared by the build (from dist/) and the unit test (from src/).
import { toJsonSchema } from '@valibot/to-json-schema';

export function orgJsonSchema({ OrgSchema, ResponsibilitySchema, WorkflowStepSchema }) {
  const schema = toJsonSchema(OrgSchema, {
    // `v.lazy` parts become $refs into these definitions.
    definitions: { Responsibility: ResponsibilitySchema, WorkflowStep: WorkflowStepSchema },
    // Checks without a JSON Schema equivalent (maxValue of MAX_SAFE_INTEGER) are dropped, not fatal.
    errorMode: 'ignore',
  });
  return { ...schema, $id: 'https://rolekit.dev/schema/org.json', title: 'rolekit Org' };
}
