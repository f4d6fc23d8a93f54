// dist/custom-elements.json, built in memory from the element classes in src/ (as
// scripts/build-manifest.mjs builds it from dist/): it lists what the classes define.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineRolekitElements, rolekitElementEvents, rolekitElements } from '../../src/elements';
import { buildManifest, cssReader, cssTokens, CSS_FILES, DOCS, type Manifest } from '../../scripts/elements-manifest.mjs';

const root = new URL('../../', import.meta.url);
const manifest: Manifest = buildManifest({ elements: rolekitElements, events: rolekitElementEvents, readCss: cssReader(root) });
const declarations = manifest.modules.flatMap((module) => module.declarations);
const byTag = new Map(declarations.map((declaration) => [declaration.tagName, declaration]));
const classes = Object.entries(rolekitElements);
const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const elementsDir = new URL('src/elements/', root);
const source = readdirSync(elementsDir)
  .filter((file) => file.endsWith('.tsx') || file.endsWith('.ts'))
  .map((file) => readFileSync(new URL(file, elementsDir), 'utf8'))
  .join('\n');

describe('custom-elements.json', () => {
  it('has the basic shape of a schemaVersion 2.1.0 manifest, and survives JSON', () => {
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
    expect(manifest.schemaVersion).toBe('2.1.0');
    expect(manifest.modules.length).toBeGreaterThan(0);
    for (const module of manifest.modules) {
      expect(module.kind).toBe('javascript-module');
      expect(typeof module.path).toBe('string');
      for (const declaration of module.declarations) {
        expect(declaration).toMatchObject({ kind: 'class', customElement: true });
        expect(declaration.tagName).toMatch(/^rolekit-[a-z-]+$/);
        expect(declaration.name).toMatch(/^Rolekit\w+Element$/);
      }
      // Each declaration is exported and defined under its tag.
      for (const declaration of module.declarations) {
        expect(module.exports).toContainEqual({ kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: module.path } });
        expect(module.exports).toContainEqual({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } });
      }
    }
  });

  it('lists every tag defineRolekitElements registers, under its class name', () => {
    const defined: string[] = [];
    defineRolekitElements({ get: () => undefined, define: (tag: string) => defined.push(tag) } as unknown as CustomElementRegistry);
    expect(defined.length).toBe(5);
    expect([...byTag.keys()].sort()).toEqual([...defined].sort());
    const exported = ['RolekitOrgChartElement', 'RolekitRoleCardElement', 'RolekitResponsibilityChecklistElement', 'RolekitWorkflowStepperElement', 'RolekitRoleExplorerElement'];
    expect(declarations.map((declaration) => declaration.name).sort()).toEqual(exported.sort());
  });

  it.each(classes)('%s: every observed attribute, typed and described, with the field it reflects to', (tag, element) => {
    const declaration = byTag.get(tag)!;
    expect(declaration.attributes.map((attribute) => attribute.name)).toEqual(element.observedAttributes);
    for (const attribute of declaration.attributes) {
      expect(attribute.fieldName).toBe(camel(attribute.name));
      expect(attribute.type.text).not.toBe('');
      expect(attribute.description, `${tag} ${attribute.name}`).toBeTruthy();
      expect(declaration.members).toContainEqual(expect.objectContaining({ kind: 'field', name: attribute.fieldName, attribute: attribute.name }));
    }
    // A boolean attribute's type says so (AttributeKind 'boolean' and 'on').
    for (const [name, kind] of Object.entries(element.attributes)) {
      if (kind === 'boolean' || kind === 'on') expect(declaration.attributes.find((attribute) => attribute.name === name)!.type.text).toBe('boolean');
      if (kind === 'number') expect(declaration.attributes.find((attribute) => attribute.name === name)!.type.text).toMatch(/^(number|[\d |]+)$/);
    }
  });

  it.each(classes)('%s: the rich properties, described', (tag, element) => {
    const fields = byTag.get(tag)!.members.filter((member) => member.kind === 'field' && member.attribute === undefined);
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining(['org', ...element.properties]));
    for (const field of fields) {
      expect(field.description, `${tag} ${field.name}`).toBeTruthy();
      // A property the manifest lists is on the class (installed, or a getter of its own).
      expect(field.name in element.prototype || ['org', ...element.properties].includes(field.name), `${tag} ${field.name}`).toBe(true);
    }
  });

  it.each(classes)('%s: the events rolekitElementEvents says it sends, with their detail types', (tag) => {
    const events = byTag.get(tag)!.events;
    expect(events.map((event) => event.name).sort()).toEqual([...new Set([...rolekitElementEvents[tag as keyof typeof rolekitElements], ...rolekitElementEvents.shared])].sort());
    for (const event of events) {
      expect(event.type?.text).toMatch(/^CustomEvent<.+>$/);
      expect(event.description).toBeTruthy();
    }
  });

  it('the events rolekitElementEvents lists are the ones src/elements sends', () => {
    const listed = new Set(Object.values(rolekitElementEvents).flat());
    const emitted = new Set([...source.matchAll(/emit\('(rolekit-[\w-]+)'/g)].map((match) => match[1]));
    expect([...listed].sort()).toEqual([...emitted].sort());
    for (const name of listed) expect(source).toContain(`'${name}'`);
  });

  it("methods: the org chart's handle methods, and every public method each class has", () => {
    // Functions on a class's own prototype that are not the element's API (protected / private).
    const internal = new Set(['constructor', 'renderData', 'renderRole', 'ownData', 'renderWorkflow']);
    for (const [tag, element] of classes) {
      const methods = byTag.get(tag)!.members.filter((member) => member.kind === 'method');
      const prototype = element.prototype as object;
      const functions = Object.getOwnPropertyNames(prototype).filter(
        (name) => !internal.has(name) && typeof Object.getOwnPropertyDescriptor(prototype, name)!.value === 'function',
      );
      expect(methods.map((method) => method.name).sort(), tag).toEqual(functions.sort());
      for (const method of methods) {
        expect(method.description).toBeTruthy();
        expect(method.return).toBeTruthy();
      }
    }
    expect(byTag.get('rolekit-org-chart')!.members.filter((member) => member.kind === 'method').map((method) => method.name)).toEqual([
      'expandAll', 'collapseAll', 'fit', 'centerOn', 'focusNode', 'toSVG', 'toPNG', 'print', 'toPDF',
    ]);
  });

  it('no prose for a name no class has (the tables follow the classes)', () => {
    for (const [tag, docs] of Object.entries(DOCS.attributes)) {
      const observed = rolekitElements[tag as keyof typeof rolekitElements].observedAttributes;
      for (const name of Object.keys(docs)) expect(observed, `${tag} ${name}`).toContain(name);
    }
    const listed = new Set(Object.values(rolekitElementEvents).flat());
    expect(Object.keys(DOCS.events).sort()).toEqual([...listed].sort());
    expect(Object.keys(DOCS.methods).sort()).toEqual(Object.values(DOCS.elementMethods).flat().sort());
    for (const tag of Object.keys(DOCS.elementMethods)) expect(byTag.has(tag), tag).toBe(true);
    expect(Object.keys(DOCS.descriptions).sort()).toEqual(classes.map(([tag]) => tag).sort());
  });

  it.each(classes)('%s: its parts, the :state()s and the --rk-* tokens that theme it', (tag) => {
    const declaration = byTag.get(tag)!;
    expect(declaration.cssParts.map((part) => part.name)).toEqual(DOCS.elementParts[tag]);
    for (const part of declaration.cssParts) expect(part.description).toBeTruthy();
    expect(source).toContain("setAttribute('part', 'base')");
    expect(declaration.cssStates.map((state) => state.name)).toEqual(['loading', 'ready', 'error']);
    const names = declaration.cssProperties.map((property) => property.name);
    expect(names).toEqual(expect.arrayContaining(['--rk-color-accent', '--rk-font-family', '--rk-radius']));
    // Exactly the tokens its stylesheets declare, each with its (light theme) value.
    const declared = new Set(CSS_FILES[tag]!.flatMap((file) => [...cssTokens(readFileSync(new URL(file, root), 'utf8')).keys()]));
    expect(new Set(names)).toEqual(declared);
    for (const property of declaration.cssProperties) expect(property.default).toBeTruthy();
  });

  it('every part it names is a part="…" in the components', () => {
    const components = ['src/org-chart/OrgChartNode.tsx', 'src/org-chart/OrgChartToolbar.tsx', 'src/role-card/RoleCard.tsx', 'src/responsibility-checklist/ChecklistGroup.tsx', 'src/workflow-stepper/WorkflowStepper.tsx']
      .map((file) => readFileSync(new URL(file, root), 'utf8'))
      .join('\n');
    const written = new Set([...components.matchAll(/\bpart="([\w-]+)"/g)].map((match) => match[1]));
    expect([...written, 'base'].sort()).toEqual(Object.keys(DOCS.parts).sort());
    expect([...new Set(Object.values(DOCS.elementParts).flat())].sort()).toEqual(Object.keys(DOCS.parts).sort());
  });

  it('a component token is listed for its own element', () => {
    const names = (tag: string) => byTag.get(tag)!.cssProperties.map((property) => property.name);
    expect(names('rolekit-org-chart')).toContain('--rk-org-chart-line');
    expect(names('rolekit-role-card')).toContain('--rk-card-padding');
    expect(names('rolekit-role-card')).not.toContain('--rk-org-chart-line');
    expect(names('rolekit-role-explorer')).toEqual(expect.arrayContaining(['--rk-org-chart-line', '--rk-card-padding', '--rk-checklist-indent']));
    // A token only read (set inline by the component) is not one to theme with.
    expect(names('rolekit-org-chart')).not.toContain('--rk-org-chart-depth');
  });
});
