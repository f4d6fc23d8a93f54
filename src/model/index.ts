export * from './schema';
export * from './issues';
export { parseOrg, assertOrg, parseRole, parseWorkflow, wasValidated, type ParseOrgResult, type ParseResult } from './parseOrg';
export { fromPeople, type PersonRecord, type FromPeopleOptions } from './fromPeople';
export { getOrgModel, indexOrg, orgHierarchy, type OrgIndex, type OrgModel, type RoleHierarchyNode, type RoleNodeDatum } from './orgModel';
