export function orgJsonSchema(schemas: { OrgSchema: unknown; ResponsibilitySchema: unknown; WorkflowStepSchema: unknown }): Record<string, unknown>;
