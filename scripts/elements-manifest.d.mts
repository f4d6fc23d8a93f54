export interface ManifestElementClass {
  readonly observedAttributes: string[];
  properties: readonly string[];
}
export const DOCS: {
  attributes: Record<string, Record<string, { type: string; default?: string; description: string }>>;
  properties: Record<string, { type: string; description: string; readonly?: boolean }>;
  ownProperties: Record<string, string[]>;
  elementMethods: Record<string, string[]>;
  events: Record<string, { type: string; description: string }>;
  methods: Record<string, { parameters?: { name: string; type: string; optional?: boolean }[]; return: string; description: string }>;
  descriptions: Record<string, string>;
  parts: Record<string, string>;
  elementParts: Record<string, string[]>;
  states: Record<string, string>;
};
export const CSS_FILES: Record<string, string[]>;
export function cssTokens(css: string): Map<string, string>;
export function buildManifest(input: {
  elements: Record<string, ManifestElementClass>;
  /** Tag → the events it sends; `shared`: the ones every tag sends. */
  events: { readonly shared: readonly string[] } & Readonly<Record<string, readonly string[]>>;
  readCss: (path: string) => string;
}): Manifest;
export function cssReader(root: URL | string): (path: string) => string;

export interface Manifest {
  schemaVersion: string;
  readme?: string;
  modules: {
    kind: string;
    path: string;
    declarations: ManifestDeclaration[];
    exports: { kind: string; name: string; declaration: { name: string; module: string } }[];
  }[];
}
export interface ManifestDeclaration {
  kind: 'class';
  customElement: true;
  tagName: string;
  name: string;
  description: string;
  attributes: { name: string; type: { text: string }; default?: string; description?: string; fieldName: string }[];
  members: { kind: 'field' | 'method'; name: string; attribute?: string; description?: string; [key: string]: unknown }[];
  events: { name: string; type?: { text: string }; description?: string }[];
  cssParts: { name: string; description: string }[];
  cssProperties: { name: string; default?: string; description?: string }[];
  cssStates: { name: string; description: string }[];
}
