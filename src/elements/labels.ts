/** Strings of the elements themselves (the components inside bring their own). */
export interface ElementLabels {
  /** While `src` is being fetched. */
  loading: string;
  /** Title of the error box when `src` or the inline JSON gave no data. */
  loadFailed: string;
  /** Title of the error box when `role-id` names no role. */
  noRole: string;
  details: string;
  more: (count: number, countText: string) => string;
  /** <rolekit-role-explorer>: name of the details of the selected role. */
  roleDetails: (title: string) => string;
  /** <rolekit-role-explorer>: shown when no role is selected. */
  noSelection: string;
  duties: string;
  workflow: string;
}

export const elementLabels: ElementLabels = {
  loading: 'Loading…',
  loadFailed: 'The data could not be loaded.',
  noRole: 'This role could not be shown.',
  details: 'Details',
  more: (_count, countText) => `…and ${countText} more`,
  roleDetails: (title) => `Role details: ${title}`,
  noSelection: 'Select a role in the chart to see its details.',
  duties: 'Responsibilities',
  workflow: 'How this role works',
};
