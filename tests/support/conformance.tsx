/**
 * The conformance suite: what CONTRIBUTING's "Component conventions" promise of every
 * component, checked the same way for all four. `conformanceCases` is the one list; the
 * jsdom suite (tests/dom/conformance.test.tsx) and the server one
 * (tests/unit/ssr-conformance.test.tsx) both iterate it.
 */
import type { ComponentType, CSSProperties, ReactElement, Ref } from 'react';
import { OrgChart, ResponsibilityChecklist, RoleCard, WorkflowStepper, type Role } from '../../src';
import { defaultWorkflow, salesOrg } from '../../src/examples';

const role = (id: string): Role => salesOrg.roles.find((candidate) => candidate.id === id)!;

/** What every component accepts beyond its own props: the root element's. */
export interface HostProps {
  ref?: Ref<HTMLElement>;
  className?: string;
  style?: CSSProperties;
  id?: string;
  'data-testid'?: string;
  'aria-describedby'?: string;
}

export interface ConformanceCase {
  name: string;
  component: ComponentType<never> & { displayName?: string };
  /** The component's own classes on the root, before the host's `className`. */
  rootClasses: readonly string[];
  /** The root's `data-slot`. */
  rootSlot: string;
  /** The root element's tag. */
  tag: string;
  /** The component with sample data (its richest ordinary state), plus the host's props. */
  render: (host?: HostProps) => ReactElement;
  /** The component given data it cannot show: its error state. */
  renderBroken: () => ReactElement;
}

export const conformanceCases: readonly ConformanceCase[] = [
  {
    name: 'RoleCard',
    component: RoleCard,
    rootClasses: ['rk-root', 'rk-card'],
    rootSlot: 'role-card',
    tag: 'ARTICLE',
    render: ({ ref, ...host } = {}) => <RoleCard role={role('sales-manager-north')} org={salesOrg} ref={ref} {...host} />,
    renderBroken: () => <RoleCard role={42 as never} />,
  },
  {
    name: 'ResponsibilityChecklist',
    component: ResponsibilityChecklist,
    rootClasses: ['rk-root', 'rk-checklist'],
    rootSlot: 'checklist',
    tag: 'DIV',
    render: ({ ref, ...host } = {}) => (
      <ResponsibilityChecklist role={role('sales-administrator')} ref={ref as Ref<HTMLDivElement>} {...host} />
    ),
    renderBroken: () => <ResponsibilityChecklist role={null as never} />,
  },
  {
    name: 'OrgChart',
    component: OrgChart,
    rootClasses: ['rk-root', 'rk-org-chart'],
    rootSlot: 'org-chart',
    tag: 'DIV',
    render: ({ ref, ...host } = {}) => <OrgChart org={salesOrg} dir="ltr" ref={ref as Ref<HTMLDivElement>} {...host} />,
    renderBroken: () => <OrgChart org={{ name: 'Broken', roles: [{ id: 'a', title: 'A', reportsTo: 'a' }] } as never} dir="ltr" />,
  },
  {
    name: 'WorkflowStepper',
    component: WorkflowStepper,
    rootClasses: ['rk-root', 'rk-workflow-stepper'],
    rootSlot: 'workflow-stepper',
    tag: 'DIV',
    render: ({ ref, ...host } = {}) => <WorkflowStepper workflow={defaultWorkflow} ref={ref as Ref<HTMLDivElement>} {...host} />,
    renderBroken: () => <WorkflowStepper workflow={{ phases: 'none' } as never} />,
  },
];

/**
 * Elements styled as a part of a component (an `rk-` class) that carry no `data-slot`, as
 * `tag.class` strings. Not parts of their own: decorative drawings (`aria-hidden` SVG icons),
 * screen-reader-only text (`rk-visually-hidden`), and the native input and tick inside the
 * shared checkbox, whose wrapper carries the component's slot (`checklist-checkbox`).
 */
export function unslottedParts(root: Element): string[] {
  return [...root.querySelectorAll('[class*="rk-"]')]
    .filter((element) => !element.hasAttribute('data-slot'))
    .filter((element) => !element.closest('svg[aria-hidden="true"]'))
    .filter((element) => !element.classList.contains('rk-visually-hidden'))
    .filter((element) => !(/\brk-checkbox-/.test(element.className.toString()) && element.closest('.rk-checkbox[data-slot]')))
    .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].filter((c) => c.startsWith('rk-')).join('.')}`);
}
