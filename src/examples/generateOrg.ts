import type { Org, Person, Role } from '../model/schema';

export interface GenerateOrgOptions {
  /** Share of roles left vacant, 0–1.  @default 0.08 */
  vacancyRate?: number;
  /** Org name.  @default `Synthetic org (n roles)` */
  name?: string;
}

/** mulberry32: tiny, fast and good enough to make the same org for the same seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ava', 'Li', 'Noah', 'Mei', 'Omar', 'Sofia', 'Chen', 'Lucas', 'Priya', 'Jin', 'Elena', 'Kofi', 'Hana', 'Mateo', 'Yara', 'Wei', 'Zoe', 'Ivan', 'Amara', 'Tariq'];
const LAST = ['Zhang', 'Smith', 'Wang', 'Garcia', 'Liu', 'Okafor', 'Chen', 'Müller', 'Sato', 'Khan', 'Rossi', 'Huang', 'Novak', 'Silva', 'Park', 'Zhao'];
const DEPARTMENTS = ['Sales', 'Marketing', 'Operations', 'Finance', 'Customer Success', 'Logistics', 'Engineering', 'People'];
const TITLES = ['Chief Executive', 'Vice President', 'Director', 'Senior Manager', 'Manager', 'Team Lead', 'Specialist', 'Associate'];
const LEVELS = ['executive', 'director', 'director', 'manager', 'manager', 'supervisor', 'representative', 'representative'];

/**
 * A deterministic synthetic org of exactly `n` roles for stories, tests and
 * benchmarks: breadth-first, each manager with 2–12 reports (so depth grows like
 * log n), about one in ten managers with an assistant, some vacancies.
 */
export function generateOrg(n: number, seed = 1, options: GenerateOrgOptions = {}): Org {
  const count = Math.max(0, Math.floor(n));
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const vacancyRate = options.vacancyRate ?? 0.08;

  const roles: Role[] = [];
  const people: Person[] = [];
  const depthOf: number[] = [];
  const departmentOf: string[] = [];

  const add = (reportsTo: number | null, assistant: boolean) => {
    const i = roles.length;
    const depth = reportsTo === null ? 0 : depthOf[reportsTo]! + 1;
    const department = depth <= 1 ? (depth === 0 ? 'Executive Office' : DEPARTMENTS[i % DEPARTMENTS.length]!) : departmentOf[reportsTo!]!;
    depthOf.push(depth);
    departmentOf.push(department);
    const level = assistant ? 'assistant' : LEVELS[Math.min(depth, LEVELS.length - 1)]!;
    const title = assistant ? 'Executive Assistant' : `${TITLES[Math.min(depth, TITLES.length - 1)]!}${depth >= 2 ? `, ${department}` : ''}`;
    const role: Role = { id: `r${i}`, title, department, level };
    if (reportsTo !== null) role.reportsTo = `r${reportsTo}`;
    if (assistant) role.assistant = true;
    if (i === 0 || next() >= vacancyRate) {
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      people.push({ id: `p${i}`, name, email: `p${i}@example.com` });
      role.holderIds = [`p${i}`];
    }
    roles.push(role);
    return i;
  };

  if (count > 0) add(null, false);
  for (let manager = 0; manager < roles.length && roles.length < count; manager++) {
    if (roles[manager]!.assistant) continue;
    const span = 2 + Math.floor(next() * 11);
    if (span >= 4 && next() < 0.1 && roles.length < count) add(manager, true);
    for (let k = 0; k < span && roles.length < count; k++) add(manager, false);
  }

  return { id: `synthetic-${count}-${seed}`, name: options.name ?? `Synthetic org (${count} roles)`, roles, people };
}
