/**
 * The --rk-* token table of the Theming page, read from the stylesheets themselves
 * (imported with `?raw`), so it cannot drift from what ships.
 */
import styles from '../src/styles.css?raw';
import roleCardCss from '../src/role-card/role-card.css?raw';
import checklistCss from '../src/responsibility-checklist/responsibility-checklist.css?raw';
import orgChartCss from '../src/org-chart/org-chart.css?raw';
import stepperCss from '../src/workflow-stepper/workflow-stepper.css?raw';

/** What each global token is for. A token missing here still shows, with its CSS comment if any. */
const PURPOSE: Record<string, string> = {
  '--rk-font-family': 'Every component’s text; CJK fonts included for zh-CN',
  '--rk-font-size': 'Body text',
  '--rk-font-size-sm': 'Secondary text: counts, chips, hints',
  '--rk-font-size-lg': 'Sub-headings, empty-state titles',
  '--rk-font-size-xl': 'Card and workflow titles',
  '--rk-line-height': 'Body line height',
  '--rk-font-weight-strong': 'Titles, names, current phase',
  '--rk-color-text': 'Body text',
  '--rk-color-text-muted': 'Secondary text (AA on bg and surface)',
  '--rk-color-bg': 'Card, panel and control background',
  '--rk-color-surface': 'Raised areas: open group header, chips, previews',
  '--rk-color-surface-hover': 'Hover rows, count pills',
  '--rk-color-border': 'Dividers and card borders',
  '--rk-color-border-strong': 'Control outlines, dashed vacancy borders (3:1)',
  '--rk-color-accent': 'Links, checked boxes, current phase, progress',
  '--rk-color-accent-soft': 'Avatar and current-phase tint',
  '--rk-color-on-accent': 'Text and ticks on the accent',
  '--rk-color-focus': 'Focus ring',
  '--rk-color-success': 'Complete: progress, met rules, “all done”',
  '--rk-color-success-soft': 'Background of success notes',
  '--rk-color-danger': 'Errors, penalties at risk',
  '--rk-color-danger-soft': 'Background of error boxes',
  '--rk-color-vacant': 'Vacancy badge text and border',
  '--rk-color-vacant-soft': 'Vacancy badge background',
  '--rk-color-highlight': 'Filter matches (<mark>)',
  '--rk-color-connector': 'Org chart lines',
  '--rk-radius-sm': 'Small radius: focus targets, checkboxes',
  '--rk-radius': 'Buttons, inputs, compact cards',
  '--rk-radius-lg': 'Cards, panels, accordion',
  '--rk-space-1': 'Spacing scale, 4 px',
  '--rk-space-2': 'Spacing scale, 8 px',
  '--rk-space-3': 'Spacing scale, 12 px',
  '--rk-space-4': 'Spacing scale, 16 px',
  '--rk-space-5': 'Spacing scale, 24 px',
  '--rk-shadow': 'Card shadow',
  '--rk-focus-ring': 'Box-shadow ring for custom focus styles',
  '--rk-transition': 'Every transition (0ms under prefers-reduced-motion)',
};

export interface Token {
  name: string;
  light: string;
  dark?: string | undefined;
  purpose: string;
}

/** The declarations of the first rule whose selector matches. */
function block(css: string, selector: RegExp): string {
  const match = selector.exec(css);
  if (!match) return '';
  const open = css.indexOf('{', match.index);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  return '';
}

function declarations(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of body.matchAll(/(--rk-[\w-]+)\s*:\s*([^;]+);/g)) out.set(m[1]!, m[2]!.replace(/\s+/g, ' ').trim());
  return out;
}

/** `--rk-card-padding   inner spacing of the full card` lines of a file's header comment. */
function commented(css: string): Map<string, string> {
  const out = new Map<string, string>();
  const header = /\/\*[\s\S]*?\*\//.exec(css)?.[0] ?? '';
  for (const m of header.matchAll(/(--rk-[\w-]+)\s{2,}([^\n]+)/g)) out.set(m[1]!, m[2]!.trim());
  return out;
}

export function globalTokens(): Token[] {
  const light = declarations(block(styles, /^:where\(\.rk-root\)\s*\{/m));
  const dark = declarations(block(styles, /^:where\(\[data-rk-theme="dark"\]\)/m));
  return [...light].map(([name, value]) => ({ name, light: value, dark: dark.get(name), purpose: PURPOSE[name] ?? '' }));
}

const COMPONENT_CSS: Array<[string, string, RegExp]> = [
  ['RoleCard', roleCardCss, /^\.rk-card\s*\{/m],
  ['ResponsibilityChecklist', checklistCss, /^\.rk-checklist\s*\{/m],
  ['OrgChart', orgChartCss, /^(?::where\()?\.rk-org-chart\)?\s*\{/m],
  ['WorkflowStepper', stepperCss, /^\.rk-workflow-stepper\s*\{/m],
];

export function componentTokens(): Array<Token & { component: string }> {
  const rows: Array<Token & { component: string }> = [];
  for (const [component, css, selector] of COMPONENT_CSS) {
    const defaults = declarations(block(css, selector));
    const notes = commented(css);
    const names = new Set([...defaults.keys(), ...notes.keys()]);
    for (const name of names) rows.push({ component, name, light: defaults.get(name) ?? '(set by the component)', purpose: notes.get(name) ?? '' });
  }
  return rows;
}

const isColour = (value: string) => /^(#|rgb|hsl|color-mix|oklch)/.test(value) || /^var\(--rk-color/.test(value);

function Swatch({ value, theme }: { value: string; theme: 'light' | 'dark' }) {
  if (!isColour(value)) return null;
  return (
    <span className="rk-root" data-rk-theme={theme} style={{ display: 'inline-block', verticalAlign: 'middle', marginInlineEnd: 6, background: 'none' }}>
      <span
        aria-hidden="true"
        style={{ display: 'inline-block', inlineSize: 16, blockSize: 16, borderRadius: 4, border: '1px solid #94a3b8', background: value }}
      />
    </span>
  );
}

const cell = { padding: '4px 8px', borderBlockEnd: '1px solid #e2e8f0', verticalAlign: 'top', textAlign: 'start' } as const;
const code = { fontFamily: 'ui-monospace, monospace', fontSize: 12 } as const;

export function TokenTable() {
  const rows = globalTokens();
  return (
    <table style={{ borderCollapse: 'collapse', inlineSize: '100%', fontSize: 13 }}>
      <thead>
        <tr>
          <th style={cell}>Token</th>
          <th style={cell}>Light</th>
          <th style={cell}>Dark</th>
          <th style={cell}>For</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <td style={cell}>
              <code style={{ ...code, whiteSpace: 'nowrap' }}>{row.name}</code>
            </td>
            <td style={cell}>
              <Swatch value={row.light} theme="light" />
              <code style={code}>{row.light}</code>
            </td>
            <td style={cell}>
              {row.dark ? (
                <>
                  <Swatch value={row.dark} theme="dark" />
                  <code style={code}>{row.dark}</code>
                </>
              ) : (
                <span>same</span>
              )}
            </td>
            <td style={cell}>{row.purpose}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ComponentTokenTable() {
  const rows = componentTokens();
  return (
    <table style={{ borderCollapse: 'collapse', inlineSize: '100%', fontSize: 13 }}>
      <thead>
        <tr>
          <th style={cell}>Component</th>
          <th style={cell}>Token</th>
          <th style={cell}>Default</th>
          <th style={cell}>For</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.component}${row.name}`}>
            <td style={cell}>{row.component}</td>
            <td style={cell}>
              <code style={{ ...code, whiteSpace: 'nowrap' }}>{row.name}</code>
            </td>
            <td style={cell}>
              <code style={code}>{row.light}</code>
            </td>
            <td style={cell}>{row.purpose}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
