/**
 * rolekit/import: an org from the files HR systems export, or from job descriptions as plain text. No React, server-safe, and
 * apart from the main entry, so only a page that imports data ships the CSV parser.
 * Every function returns `parseOrg`'s shape plus warnings, and never throws.
 */
export { fromCSV, type FromCSVOptions } from './csv';
export { toCSV, type ToCSVOptions } from './toCSV';
export { toSchemaOrgJobPosting, type JobPosting, type JobPostingLabels, type JobPostingOrganization, type JobPostingPlace, type ToJobPostingOptions } from './jobPosting';
export { fromSCIM } from './scim';
export { fromGraph } from './graph';
export { detectImportFormat, type ImportFormat } from './detect';
export { withRoleContent, normaliseTitle, type RoleContent, type RoleContentInput, type RoleContentOrg, type RoleContentMatch, type WithRoleContentOptions } from './content';
export { parseRoleText, type ParseRoleTextOptions, type ParseRoleTextResult, type TextImportWarning, type TextImportWarningCode, type TextLanguage } from './text';
export type { FromDirectoryOptions } from './json';
export type { CsvField, CsvColumnTarget, CsvColumnMapping } from './columns';
export type { ImportIssue, ImportIssueCode, ImportResult } from './result';
