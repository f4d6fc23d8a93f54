/**
 * rolekit/elements: the components as custom elements, for pages that are not React apps
 * (React stays external here: the host brings it; `rolekit.standalone.js` has it inside).
 * `defineRolekitElements()` registers the tags; `rolekit/elements/define` does it on import.
 */
import {
  RolekitOrgChartElement,
  RolekitResponsibilityChecklistElement,
  RolekitRoleCardElement,
  RolekitRoleExplorerElement,
  RolekitWorkflowStepperElement,
} from './elements';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { Org, Workflow } from '../model/schema';
import type { RolekitEventMap } from './RolekitElement';

export { RolekitElement, type AttributeKind, type RolekitEventMap } from './RolekitElement';
export { RolekitOrgChartElement, RolekitRoleCardElement, RolekitResponsibilityChecklistElement, RolekitWorkflowStepperElement, RolekitRoleExplorerElement };
export type { ElementLabels } from './labels';

/** Every tag and its class. */
export const rolekitElements = {
  'rolekit-org-chart': RolekitOrgChartElement,
  'rolekit-role-card': RolekitRoleCardElement,
  'rolekit-responsibility-checklist': RolekitResponsibilityChecklistElement,
  'rolekit-workflow-stepper': RolekitWorkflowStepperElement,
  'rolekit-role-explorer': RolekitRoleExplorerElement,
} as const;

/**
 * The events each tag sends (`shared`: the ones every tag sends), for tooling: scripts/build-manifest.mjs
 * writes them into dist/custom-elements.json. An export of its own rather than a static on each
 * class: a page's bundle, which never reads it, leaves it out (40 B min+gzip).
 */
export const rolekitElementEvents: Record<'shared' | keyof typeof rolekitElements, readonly (keyof RolekitEventMap)[]> = {
  shared: ['rolekit-error', 'rolekit-ready', 'rolekit-warning'],
  'rolekit-org-chart': ['rolekit-select', 'rolekit-expanded-change', 'rolekit-focus-change'],
  'rolekit-role-card': ['rolekit-select'],
  'rolekit-responsibility-checklist': ['rolekit-checked-change'],
  'rolekit-workflow-stepper': ['rolekit-phase-change', 'rolekit-checked-change'],
  'rolekit-role-explorer': ['rolekit-select', 'rolekit-checked-change', 'rolekit-phase-change'],
};

/**
 * Registers the tags that are not registered yet, in `registry` (default: the page's).
 * Safe to call again, and beside another copy of rolekit on the page: a tag that copy
 * defined first stays its. Does nothing where there is no `customElements` (a server).
 */
export function defineRolekitElements(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return;
  for (const [tag, element] of Object.entries(rolekitElements)) {
    if (registry.get(tag)) continue;
    element.install();
    registry.define(tag, element as unknown as CustomElementConstructor);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rolekit-org-chart': RolekitOrgChartElement;
    'rolekit-role-card': RolekitRoleCardElement;
    'rolekit-responsibility-checklist': RolekitResponsibilityChecklistElement;
    'rolekit-workflow-stepper': RolekitWorkflowStepperElement;
    'rolekit-role-explorer': RolekitRoleExplorerElement;
  }
  // Declaration merging needs an interface, and one that only extends adds the events.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the DOM's own map
  interface HTMLElementEventMap extends RolekitEventMap {}
  // The events bubble and are composed: a listener on the document hears them too.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the DOM's own map
  interface DocumentEventMap extends RolekitEventMap {}
}

/* -------------------------------------------------------------------------------------------------
 * JSX (React 19 hosts)
 * -----------------------------------------------------------------------------------------------*/

/** An `on<event>` listener prop: React 19 adds it with addEventListener on a custom element. */
type Listener<K extends keyof RolekitEventMap> = (event: RolekitEventMap[K]) => void;

/**
 * What every rolekit tag takes in React 19 JSX. React 19 sets a prop as a property when the
 * element has one (`org`, `labels`), else as an attribute (kebab-case, as in HTML), and adds
 * `on<event>` props as listeners: `onrolekit-select={(e) => e.detail.roleId}`.
 */
export interface RolekitElementJSXProps<E extends HTMLElement> extends DetailedHTMLProps<HTMLAttributes<E>, E> {
  /** The `class` attribute (React 19 also maps `className` on custom elements). */
  class?: string | undefined;
  org?: Org | undefined;
  labels?: Record<string, object | undefined> | undefined;
  src?: string | undefined;
  format?: 'json' | 'csv' | 'scim' | 'graph' | undefined;
  theme?: 'light' | 'dark' | 'auto' | undefined;
  locale?: string | undefined;
  'onrolekit-error'?: Listener<'rolekit-error'> | undefined;
  'onrolekit-ready'?: Listener<'rolekit-ready'> | undefined;
  'onrolekit-warning'?: Listener<'rolekit-warning'> | undefined;
}

export interface RolekitOrgChartJSXProps extends RolekitElementJSXProps<RolekitOrgChartElement> {
  view?: 'chart' | 'list' | undefined;
  orientation?: 'top-to-bottom' | 'left-to-right' | undefined;
  compact?: boolean | undefined;
  'selected-id'?: string | undefined;
  'focus-id'?: string | undefined;
  'focus-depth'?: number | string | undefined;
  query?: string | undefined;
  'expand-depth'?: number | string | undefined;
  height?: number | string | undefined;
  minimap?: boolean | undefined;
  toolbar?: boolean | undefined;
  label?: string | undefined;
  'onrolekit-select'?: Listener<'rolekit-select'> | undefined;
  'onrolekit-expanded-change'?: Listener<'rolekit-expanded-change'> | undefined;
  'onrolekit-focus-change'?: Listener<'rolekit-focus-change'> | undefined;
}

interface RoleJSXProps<E extends HTMLElement> extends RolekitElementJSXProps<E> {
  'role-id'?: string | undefined;
}

export interface RolekitRoleCardJSXProps extends RoleJSXProps<RolekitRoleCardElement> {
  variant?: 'full' | 'compact' | undefined;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}` | undefined;
  'onrolekit-select'?: Listener<'rolekit-select'> | undefined;
}

export interface RolekitResponsibilityChecklistJSXProps extends RoleJSXProps<RolekitResponsibilityChecklistElement> {
  'read-only'?: boolean | undefined;
  filter?: boolean | undefined;
  'heading-level'?: 2 | 3 | 4 | 5 | 6 | `${2 | 3 | 4 | 5 | 6}` | undefined;
  checkedIds?: readonly string[] | undefined;
  'onrolekit-checked-change'?: Listener<'rolekit-checked-change'> | undefined;
}

export interface RolekitWorkflowStepperJSXProps extends RoleJSXProps<RolekitWorkflowStepperElement> {
  workflow?: Workflow | undefined;
  completedStepIds?: readonly string[] | undefined;
  'phase-id'?: string | undefined;
  orientation?: 'horizontal' | 'vertical' | 'auto' | undefined;
  linear?: boolean | undefined;
  'heading-level'?: 2 | 3 | 4 | 5 | `${2 | 3 | 4 | 5}` | undefined;
  'onrolekit-phase-change'?: Listener<'rolekit-phase-change'> | undefined;
  'onrolekit-checked-change'?: Listener<'rolekit-checked-change'> | undefined;
}

export interface RolekitRoleExplorerJSXProps extends RolekitElementJSXProps<RolekitRoleExplorerElement> {
  'selected-id'?: string | undefined;
  view?: 'chart' | 'list' | undefined;
  height?: number | string | undefined;
  'onrolekit-select'?: Listener<'rolekit-select'> | undefined;
  'onrolekit-checked-change'?: Listener<'rolekit-checked-change'> | undefined;
  'onrolekit-phase-change'?: Listener<'rolekit-phase-change'> | undefined;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's own JSX types are a namespace; augmenting it takes one
  namespace JSX {
    interface IntrinsicElements {
      'rolekit-org-chart': RolekitOrgChartJSXProps;
      'rolekit-role-card': RolekitRoleCardJSXProps;
      'rolekit-responsibility-checklist': RolekitResponsibilityChecklistJSXProps;
      'rolekit-workflow-stepper': RolekitWorkflowStepperJSXProps;
      'rolekit-role-explorer': RolekitRoleExplorerJSXProps;
    }
  }
}
