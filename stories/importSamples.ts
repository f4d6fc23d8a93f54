/**
 * Sample HR exports for the "HR data" import page, written for it (the people are
 * invented): a clean CSV of a 30-person sales department, the same kind of export in a
 * messier state, and a SCIM 2.0 ListResponse as Okta or Entra ID provisioning sends it.
 */

const cleanRows: Array<[id: string, name: string, title: string, manager: string, department: string, office: string, assistant: 'yes' | 'no', costCentre: string]> = [
  ['E1000', 'Helena Marsh', 'Vice President of Sales', '', 'Sales', 'Boston', 'no', 'CC-100'],
  ['E1001', 'Ravi Menon', 'Executive Assistant to the VP of Sales', 'E1000', 'Sales', 'Boston', 'yes', 'CC-100'],
  ['E1010', 'Grace Okafor', 'Director of Sales East', 'E1000', 'Sales East', 'New York', 'no', 'CC-110'],
  ['E1011', 'Owen Blake', 'Regional Manager New England', 'E1010', 'Sales East', 'Boston', 'no', 'CC-111'],
  ['E1111', 'Noah Patel', 'Account Executive', 'E1011', 'Sales East', 'Boston', 'no', 'CC-111'],
  ['E1112', 'Ava Chen', 'Account Executive', 'E1011', 'Sales East', 'Providence', 'no', 'CC-111'],
  ['E1113', "Liam O'Connor", 'Sales Development Representative', 'E1011', 'Sales East', 'Boston', 'no', 'CC-111'],
  ['E1012', 'Sofia Rossi', 'Regional Manager Mid-Atlantic', 'E1010', 'Sales East', 'Philadelphia', 'no', 'CC-112'],
  ['E1121', 'Zoe Adams', 'Account Executive', 'E1012', 'Sales East', 'Philadelphia', 'no', 'CC-112'],
  ['E1122', 'Ethan Brooks', 'Account Executive', 'E1012', 'Sales East', 'Baltimore', 'no', 'CC-112'],
  ['E1123', 'Chloe Nguyen', 'Sales Development Representative', 'E1012', 'Sales East', 'Philadelphia', 'no', 'CC-112'],
  ['E1020', 'Lucas Ferreira', 'Director of Sales West', 'E1000', 'Sales West', 'Denver', 'no', 'CC-120'],
  ['E1021', 'Diego Alvarez', 'Regional Manager Mountain', 'E1020', 'Sales West', 'Denver', 'no', 'CC-121'],
  ['E1211', 'Isaac Moore', 'Account Executive', 'E1021', 'Sales West', 'Denver', 'no', 'CC-121'],
  ['E1212', 'Lily Johnson', 'Account Executive', 'E1021', 'Sales West', 'Salt Lake City', 'no', 'CC-121'],
  ['E1213', 'Mateo Garcia', 'Sales Development Representative', 'E1021', 'Sales West', 'Denver', 'no', 'CC-121'],
  ['E1022', 'Hannah Schmidt', 'Regional Manager Pacific', 'E1020', 'Sales West', 'Seattle', 'no', 'CC-122'],
  ['E1221', 'Nora Williams', 'Account Executive', 'E1022', 'Sales West', 'Seattle', 'no', 'CC-122'],
  ['E1222', 'Samuel Lee', 'Account Executive', 'E1022', 'Sales West', 'Portland', 'no', 'CC-122'],
  ['E1223', 'Aria Kowalski', 'Sales Development Representative', 'E1022', 'Sales West', 'Seattle', 'no', 'CC-122'],
  ['E1030', 'Mei Tanaka', 'Director of Sales Operations', 'E1000', 'Sales Operations', 'Boston', 'no', 'CC-130'],
  ['E1031', 'Felix Wagner', 'Sales Operations Analyst', 'E1030', 'Sales Operations', 'Boston', 'no', 'CC-130'],
  ['E1032', 'Priya Sharma', 'CRM Administrator', 'E1030', 'Sales Operations', 'Boston', 'no', 'CC-130'],
  ['E1033', 'Jonas Berg', 'Sales Enablement Manager', 'E1030', 'Sales Operations', 'New York', 'no', 'CC-130'],
  ['E1034', 'Emma Dubois', 'Deal Desk Specialist', 'E1030', 'Sales Operations', 'Boston', 'no', 'CC-130'],
  ['E1035', 'Tariq Hassan', 'Commission Analyst', 'E1030', 'Sales Operations', 'Boston', 'no', 'CC-130'],
  ['E1040', 'Olivia Grant', 'Director of Key Accounts', 'E1000', 'Key Accounts', 'New York', 'no', 'CC-140'],
  ['E1041', 'Marcus Reid', 'Key Account Manager', 'E1040', 'Key Accounts', 'New York', 'no', 'CC-140'],
  ['E1042', 'Elena Petrova', 'Key Account Manager', 'E1040', 'Key Accounts', 'Chicago', 'no', 'CC-140'],
  ['E1043', 'Kwame Mensah', 'Solutions Consultant', 'E1040', 'Key Accounts', 'New York', 'no', 'CC-140'],
];

const emailOf = (name: string) => `${name.toLowerCase().replace(/[^a-z ]/g, '').replace(' ', '.')}@example.com`;

/** A 30-person sales department as a spreadsheet exports it: commas, LF, a header per field. */
export const cleanCsv = [
  'Employee ID,Full Name,Job Title,Manager ID,Department,Email,Office,Assistant,Cost Centre',
  ...cleanRows.map(([id, name, title, manager, department, office, assistant, costCentre]) =>
    [id, name, title, manager, department, emailOf(name), office, assistant, costCentre].join(','),
  ),
].join('\n');

/**
 * The kind of export a European Excel saves: a byte-order mark, semicolons, CRLF, first and
 * last names apart, managers by name. Line 5 reports to "Alex Kim", who is two people
 * (lines 3 and 4); line 8 to "Jordan Miles", who is nobody; line 7 is an open position;
 * line 8's email has no domain; line 9's title holds a quoted semicolon.
 */
export const messyCsv =
  '\uFEFF' +
  [
    'Position ID;Employee ID;First Name;Last Name;Position;Reports To;Dept;E-mail;Badge Colour',
    'P-01;E1;Helena;Marsh;Vice President of Sales;;Sales;helena.marsh@example.com;Gold',
    'P-02;E2;Alex;Kim;Director of Sales East;Helena Marsh;Sales East;alex.kim@example.com;Silver',
    'P-03;E3;Alex;Kim;Director of Sales West;Helena Marsh;Sales West;a.kim@example.com;Silver',
    'P-04;E4;Noah;Patel;Account Executive;Alex Kim;Sales East;noah.patel@example.com;Blue',
    'P-05;E5;Ava;Chen;Account Executive;Helena Marsh;Sales West;ava.chen@example.com;Blue',
    'P-06;;;;Account Executive;Helena Marsh;Sales West;;',
    'P-07;E7;Zoe;Adams;Sales Development Representative;Jordan Miles;Sales East;zoe.adams@;Blue',
    'P-08;E8;Liam;O\'Connor;"Solutions Engineer; Pre-sales";Helena Marsh;Sales;liam.oconnor@example.com;Blue',
  ].join('\r\n') +
  '\r\n';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const scimUser = (id: string, given: string, family: string, title: string, department: string, manager?: string, extra: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  id,
  userName: `${given}.${family}@example.com`.toLowerCase(),
  name: { givenName: given, familyName: family },
  displayName: `${given} ${family}`,
  title,
  emails: [{ value: `${given}.${family}@example.com`.toLowerCase(), type: 'work', primary: true }],
  addresses: [{ type: 'work', locality: 'Boston', primary: true }],
  active: true,
  [ENTERPRISE]: { employeeNumber: id.replace('u-', 'E'), department, ...(manager ? { manager: { value: manager } } : {}) },
  ...extra,
});

const scimUsers = [
  scimUser('u-1000', 'Helena', 'Marsh', 'Vice President of Sales', 'Sales'),
  scimUser('u-1010', 'Grace', 'Okafor', 'Director of Sales East', 'Sales East', 'u-1000'),
  scimUser('u-1020', 'Lucas', 'Ferreira', 'Director of Sales West', 'Sales West', 'u-1000'),
  scimUser('u-1111', 'Noah', 'Patel', 'Account Executive', 'Sales East', 'u-1010'),
  scimUser('u-1112', 'Ava', 'Chen', 'Account Executive', 'Sales East', 'u-1010'),
  scimUser('u-1211', 'Isaac', 'Moore', 'Account Executive', 'Sales West', 'u-1020'),
  // Left the company: provisioning keeps the account, deactivated.
  scimUser('u-1212', 'Lily', 'Johnson', 'Account Executive', 'Sales West', 'u-1020', { active: false }),
  // Their manager's account was never provisioned to this app.
  scimUser('u-1301', 'Kwame', 'Mensah', 'Solutions Consultant', 'Key Accounts', 'u-1300'),
];

/** A SCIM 2.0 ListResponse (RFC 7644 §3.4.2) of eight users, one inactive, one whose manager is not in it. */
export const scimJson = JSON.stringify(
  { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: scimUsers.length, startIndex: 1, itemsPerPage: scimUsers.length, Resources: scimUsers },
  null,
  2,
);
