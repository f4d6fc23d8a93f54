// The Custom Elements Manifest (custom-elements.json, schemaVersion 2.1.0,
// https://github.com/webcomponents/custom-elements-manifest) of rolekit/elements.
// The names come from the element classes (observedAttributes and static properties, as
// defineRolekitElements registers them) and rolekitElementEvents (each tag's events) and from the stylesheets (the --rk-*
// tokens each one declares); only the prose, types, defaults and
// the org chart's method names live here, in DOCS.
// scripts/build-manifest.mjs writes it to dist/; tests/unit/elementsManifest.test.ts
// builds it from src/ and checks it against the classes.
import { readFileSync } from 'node:fs';

/** Prose for the attributes every element reads (RolekitElement's SHARED, and `dir`). */
const SHARED_ATTRIBUTES = {
  src: { type: 'string', description: 'URL of org JSON, fetched same-origin with credentials; refetched when it changes. The `org` property and an inline JSON child win over it.' },
  format: {
    type: "'json' | 'csv' | 'scim' | 'graph'",
    default: "'json'",
    description: 'How `src` is read: org JSON, or an HR export through rolekit/import (fromCSV, fromSCIM, fromGraph), whose adapters load on demand; their issues go to rolekit-error. Refetched when it changes.',
  },
  theme: { type: "'light' | 'dark' | 'auto'", default: "'light'", description: 'Colour theme (`auto` follows prefers-color-scheme).' },
  locale: { type: 'string', description: 'BCP 47 locale of the labels and numbers (e.g. `zh-CN`).' },
  dir: { type: "'ltr' | 'rtl' | 'auto'", description: 'Text direction (HTMLElement\'s own `dir`).' },
};

const ROLE_ID = { type: 'string', description: 'The role shown (else the first root of the org).' };

/** Prose, types and defaults, by attribute / property / event / method name. */
export const DOCS = {
  attributes: {
    'rolekit-org-chart': {
      view: { type: "'chart' | 'list'", default: "'chart'", description: 'Chart or list view; reflected as the user switches.' },
      orientation: { type: "'top-to-bottom' | 'left-to-right'", default: "'top-to-bottom'", description: 'Direction of the tree.' },
      compact: { type: 'boolean', default: 'false', description: 'Smaller nodes.' },
      'selected-id': { type: 'string', description: 'The selected role; reflected as the user selects.' },
      'focus-id': { type: 'string', description: "The role whose team is shown alone, under its chain of command (OrgChart's focusId); reflected as the user moves up the breadcrumb, removed for the whole organisation." },
      'focus-depth': { type: 'number', default: '2', description: 'Levels of the focused team shown open.' },
      query: { type: 'string', default: "''", description: 'The search text; reflected as the user types.' },
      'expand-depth': { type: 'number', default: '2', description: 'Levels expanded when the chart mounts.' },
      height: { type: 'string', description: 'Height of the chart: a number is pixels (`400`), anything else CSS (`30rem`).' },
      minimap: { type: 'boolean', default: 'false', description: 'Shows the minimap.' },
      toolbar: { type: 'boolean', default: 'true', description: 'Shows the toolbar; `toolbar="false"` hides it.' },
      label: { type: 'string', description: 'Accessible name of the chart (aria-label).' },
    },
    'rolekit-role-card': {
      'role-id': { ...ROLE_ID, description: `${ROLE_ID.description} Follows a click on a manager or report unless the rolekit-select listener calls preventDefault().` },
      variant: { type: "'full' | 'compact'", default: "'full'", description: 'How much of the role the card shows.' },
      'heading-level': { type: '1 | 2 | 3 | 4 | 5 | 6', default: '3', description: "Level of the card's heading." },
    },
    'rolekit-responsibility-checklist': {
      'role-id': ROLE_ID,
      'read-only': { type: 'boolean', default: 'false', description: 'Shows the duties without checkboxes to tick.' },
      filter: { type: 'boolean', default: 'true', description: 'Shows the filter box; `filter="false"` hides it.' },
      'heading-level': { type: '2 | 3 | 4 | 5 | 6', default: '3', description: 'Level of the group headings.' },
    },
    'rolekit-workflow-stepper': {
      'role-id': ROLE_ID,
      'phase-id': { type: 'string', description: 'The phase shown first.' },
      orientation: { type: "'horizontal' | 'vertical' | 'auto'", default: "'auto'", description: 'Layout of the phases (`auto`: by the space there is).' },
      linear: { type: 'boolean', default: 'false', description: 'Phases open in order only.' },
      'heading-level': { type: '2 | 3 | 4 | 5', default: '2', description: "Level of the stepper's heading." },
    },
    'rolekit-role-explorer': {
      'selected-id': { type: 'string', description: 'The role shown (else the first root); reflected as the user selects.' },
      view: { type: "'chart' | 'list'", default: "'chart'", description: "The chart's view; reflected as the user switches." },
      height: { type: 'string', description: 'Height of the chart: a number is pixels, anything else CSS.' },
    },
  },
  properties: {
    org: { type: 'Org | undefined', description: 'The org (validated with parseOrg); wins over `src` and inline JSON.' },
    labels: { type: 'Record<string, object | undefined> | undefined', description: 'Label overrides keyed by component, as RolekitProvider takes them (`{ orgChart: { … }, elements: { … } }`).' },
    checkedIds: { type: 'readonly string[] | undefined', description: 'The ticked duty ids; the element updates it as the user ticks.' },
    completedStepIds: { type: 'readonly string[] | undefined', description: 'The completed step ids; the element updates it as the user ticks.' },
    workflow: { type: 'Workflow | undefined', description: "A workflow to show instead of the role's." },
    expandedIds: { type: 'string[] | undefined', readonly: true, description: 'The expanded role ids, as of the last change (`undefined` before any).' },
  },
  /** Properties a class defines with a getter of its own (not from static `properties`). */
  ownProperties: { 'rolekit-org-chart': ['expandedIds'] },
  events: {
    'rolekit-select': { type: 'CustomEvent<{ roleId: string }>', description: 'A role was activated (chosen). Cancelable on the card and the explorer: preventDefault() keeps the role shown.' },
    'rolekit-expanded-change': { type: 'CustomEvent<{ ids: string[] }>', description: 'The expanded role ids changed.' },
    'rolekit-focus-change': { type: 'CustomEvent<{ roleId: string | null }>', description: 'The focused team changed (a breadcrumb step); `null` for the whole organisation.' },
    'rolekit-checked-change': { type: 'CustomEvent<{ ids: string[] }>', description: 'The ticked duties (or completed steps) changed.' },
    'rolekit-phase-change': { type: 'CustomEvent<{ phaseId: string }>', description: 'The shown workflow phase changed.' },
    'rolekit-error': { type: 'CustomEvent<{ issues: readonly (OrgIssue | ImportIssue)[] }>', description: 'Bad data, a failed request, an HR export the `format` adapter rejects (its issues carry line and column, or the JSON path) or an unknown role-id (a role="alert" box shows inside).' },
    'rolekit-ready': { type: 'CustomEvent<Record<string, never>>', description: 'The element has first rendered its data.' },
    'rolekit-warning': { type: 'CustomEvent<{ warnings: readonly ImportIssue[] }>', description: 'With `format`: what the adapter repaired or left out (a manager not in the file, an ambiguous manager name, inactive users), each with its line and column or JSON path; once per load that has any.' },
  },
  /**
   * Each element's public methods (kept here, not as a static on the class: the elements'
   * bundle stays as it was; the unit test checks the list against the class's prototype).
   */
  elementMethods: { 'rolekit-org-chart': ['expandAll', 'collapseAll', 'fit', 'centerOn', 'focusNode', 'toSVG', 'toPNG', 'print', 'toPDF'] },
  methods: {
    expandAll: { return: 'void', description: 'Expands every role.' },
    collapseAll: { return: 'void', description: 'Collapses every role below the roots.' },
    fit: { return: 'Promise<void>', description: 'Zooms and pans so the whole chart fits.' },
    centerOn: { parameters: [{ name: 'roleId', type: 'string' }, { name: 'options', type: '{ focus?: boolean }', optional: true }], return: 'Promise<boolean>', description: 'Expands to the role and centres it; false when there is no such role.' },
    focusNode: { parameters: [{ name: 'roleId', type: 'string' }], return: 'Promise<boolean>', description: "Moves the keyboard focus to the role's node." },
    toSVG: { return: 'Promise<string>', description: 'The whole chart as an SVG document.' },
    toPNG: { return: 'Promise<Blob>', description: 'The whole chart as a PNG image.' },
    print: { parameters: [{ name: 'options', type: "{ paper?: 'A4' | 'Letter' | 'A3'; orientation?: 'portrait' | 'landscape'; minTextPt?: number; index?: boolean }", optional: true }], return: 'Promise<void>', description: 'Opens the print dialog with the chart alone, paginated by subtree (npm builds; rolekit.standalone.js rejects).' },
    toPDF: { parameters: [{ name: 'options', type: "{ paper?: 'A4' | 'Letter' | 'A3'; orientation?: 'portrait' | 'landscape'; minTextPt?: number; index?: boolean }", optional: true }], return: 'Promise<Blob>', description: 'The chart as a paginated PDF built in the page (npm builds; rolekit.standalone.js rejects).' },
  },
  descriptions: {
    'rolekit-org-chart': 'OrgChart in an open shadow root; the OrgChart handle\'s methods are on the element.',
    'rolekit-role-card': 'RoleCard of the role `role-id` (else the first root).',
    'rolekit-responsibility-checklist': "The role's duties (ResponsibilityChecklist); `checkedIds` is owned by the element, like an input's value.",
    'rolekit-workflow-stepper': "The role's workflow (WorkflowStepper), or the `workflow` property's.",
    'rolekit-role-explorer': "The chart, and the selected role's card, duties and workflow, with one tag.",
  },
  /** The `::part()` names, as `part="…"` in the components; the explorer holds all of them. */
  parts: {
    base: 'The wrapper in the shadow root that holds the component (data-state, data-rk-theme on it).',
    node: "A role's card in the chart or list.",
    toolbar: "The chart's toolbar (search, zoom, view).",
    card: 'The RoleCard (`<article>`).',
    'checklist-group': 'One group of duties.',
    phase: 'One workflow phase in the list of phases.',
  },
  elementParts: {
    'rolekit-org-chart': ['base', 'node', 'toolbar'],
    'rolekit-role-card': ['base', 'card'],
    'rolekit-responsibility-checklist': ['base', 'checklist-group'],
    'rolekit-workflow-stepper': ['base', 'phase'],
    'rolekit-role-explorer': ['base', 'node', 'toolbar', 'card', 'checklist-group', 'phase'],
  },
  states: {
    loading: 'The data is being fetched (`src`).',
    ready: 'The data is there and rendered.',
    error: 'The data could not be loaded or parsed.',
  },
};

/** The stylesheets whose --rk-* tokens theme each element (all of them adopt every one; these are the ones it uses). */
export const CSS_FILES = {
  'rolekit-org-chart': ['src/internal/base.css', 'src/org-chart/org-chart.css', 'src/org-chart/org-chart-minimap.css'],
  'rolekit-role-card': ['src/internal/base.css', 'src/role-card/role-card.css'],
  'rolekit-responsibility-checklist': ['src/internal/base.css', 'src/internal/checkbox.css', 'src/responsibility-checklist/responsibility-checklist.css'],
  'rolekit-workflow-stepper': [
    'src/internal/base.css',
    'src/internal/checkbox.css',
    'src/workflow-stepper/workflow-stepper-phases.css',
    'src/workflow-stepper/workflow-stepper-panel.css',
  ],
};
CSS_FILES['rolekit-role-explorer'] = [...new Set(Object.values(CSS_FILES).flat())];

const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/**
 * The --rk-* tokens a stylesheet declares, with the first (light theme) value. Tokens only
 * read (`var(--rk-org-chart-depth)`, set inline by the component) are not for the page to set.
 */
export function cssTokens(css) {
  const tokens = new Map();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, name, value] of text.matchAll(/(--rk-[\w-]+)\s*:\s*([^;}]+)/g)) {
    if (!tokens.has(name)) tokens.set(name, value.trim().replace(/\s+/g, ' '));
  }
  return tokens;
}

/**
 * The manifest. `elements`: tag → class (rolekitElements); `events`: tag → the events it
 * sends, `shared` the ones every tag sends (rolekitElementEvents); `readCss(path)`: a
 * stylesheet's text, path relative to the repository.
 */
export function buildManifest({ elements, events: eventsByTag, readCss }) {
  const sharedEvents = eventsByTag.shared;
  const declarations = Object.entries(elements).map(([tag, element]) => {
    const docs = DOCS.attributes[tag] ?? {};
    // What the element observes: the shared attributes and its own (static attributes).
    const names = element.observedAttributes;
    const attributes = names.map((name) => {
      const doc = docs[name] ?? SHARED_ATTRIBUTES[name] ?? {};
      return clean({ name, type: { text: doc.type ?? 'string' }, default: doc.default, description: doc.description, fieldName: camel(name) });
    });
    const reflected = attributes.map((attribute) => clean({
      kind: 'field',
      name: attribute.fieldName,
      type: attribute.type,
      default: attribute.default,
      description: attribute.description,
      attribute: attribute.name,
      reflects: true,
    }));
    const rich = [...new Set(['org', ...element.properties, ...(DOCS.ownProperties[tag] ?? [])])].map((name) => {
      const doc = DOCS.properties[name] ?? {};
      return clean({ kind: 'field', name, type: doc.type && { text: doc.type }, description: doc.description, readonly: doc.readonly });
    });
    const methods = (DOCS.elementMethods[tag] ?? []).map((name) => {
      const doc = DOCS.methods[name] ?? {};
      return clean({
        kind: 'method',
        name,
        description: doc.description,
        parameters: doc.parameters?.map((p) => clean({ name: p.name, type: { text: p.type }, optional: p.optional })),
        return: doc.return && { type: { text: doc.return } },
      });
    });
    const events = [...new Set([...(eventsByTag[tag] ?? []), ...sharedEvents])].map((name) => {
      const doc = DOCS.events[name] ?? {};
      return clean({ name, type: doc.type && { text: doc.type }, description: doc.description });
    });
    const tokens = new Map();
    for (const file of CSS_FILES[tag] ?? []) {
      for (const [name, value] of cssTokens(readCss(file))) if (!tokens.has(name)) tokens.set(name, { value, file });
    }
    // From the tag, not `element.name`: a bundler may rename a class (`_RolekitOrgChartElement`).
    const name = `${camel(tag).replace(/^r/, 'R')}Element`;
    return {
      kind: 'class',
      customElement: true,
      tagName: tag,
      name,
      description: DOCS.descriptions[tag],
      superclass: { name: 'RolekitElement', module: 'dist/elements.js' },
      attributes,
      members: [...reflected, ...rich, ...methods],
      events,
      cssParts: (DOCS.elementParts[tag] ?? ['base']).map((name) => ({ name, description: DOCS.parts[name] })),
      cssProperties: [...tokens].map(([name, { value, file }]) => ({ name, default: value, description: `Declared in ${file.replace(/^src\//, '')}; set it on the element or an ancestor.` })),
      cssStates: Object.entries(DOCS.states).map(([name, description]) => ({ name, description })),
    };
  });
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [
      {
        kind: 'javascript-module',
        path: 'dist/elements.js',
        declarations,
        exports: [
          ...declarations.map((d) => ({ kind: 'js', name: d.name, declaration: { name: d.name, module: 'dist/elements.js' } })),
          ...declarations.map((d) => ({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: 'dist/elements.js' } })),
        ],
      },
    ],
  };
}

/** Drops undefined fields (the manifest's JSON stays as written). */
function clean(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** readCss for a repository root URL. */
export function cssReader(root) {
  return (path) => readFileSync(new URL(path, root), 'utf8');
}
