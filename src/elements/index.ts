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
  shared: ['rolekit-error', 'rolekit-ready'],
  'rolekit-org-chart': ['rolekit-select', 'rolekit-expanded-change'],
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
