import { useId, useMemo, useState, type PointerEvent } from 'react';
import { ResponsibilityChecklist, RoleCard, WorkflowStepper, type Responsibility, type Role } from '../src';
import { parseRoleText } from '../src/import';

/**
 * The Import page: job descriptions pasted on the left, read by `parseRoleText` on every
 * keystroke, shown on the right in the components, with the warnings beside them.
 * Hovering a duty marks the text it was read from (`spans[id]`).
 */
export interface ImportTextProps {
  defaultText: string;
}

/** Written for this page, in the styles HR documents come in. */
export const sampleText = `Responsibilities of the dispatch office

Job title: Dispatch Lead = Shift Dispatcher
Direct superior: Logistics Manager
Nature of work: keeps the trucks moving on time.

Main responsibilities:
1, plan the routes for the next day;
2, assign drivers:
(1) check every driver's hours;
(2) swap shifts when someone is ill.
3. Report late deliveries to the logistics manager the same day.

Workflow:
First, plan;
1, collect the orders;
2. Build the routes;
Second, dispatch;
1, brief the drivers;

Assessment:
1. A route sent out after 8 am: 50 yuan once.
2. A late delivery not reported: RMB 100.

Responsibilities of the logistics manager
1. Run the dispatch office and the warehouse.
2. Have the right to approve overtime.
`;

/** The checklist puts no duty id in the DOM, so a hovered duty is found again by its text. */
function findDuty(role: Role | undefined, text: string): Responsibility | undefined {
  const stack = (role?.responsibilities ?? []).flatMap((group) => group.items);
  while (stack.length > 0) {
    const duty = stack.shift()!;
    if (duty.text === text) return duty;
    stack.push(...(duty.children ?? []));
  }
  return undefined;
}

export function ImportText({ defaultText }: ImportTextProps) {
  const [text, setText] = useState(defaultText);
  const [roleId, setRoleId] = useState<string>();
  const [hovered, setHovered] = useState<string>();
  const result = useMemo(() => parseRoleText(text), [text]);
  const role = result.org.roles.find((candidate) => candidate.id === roleId) ?? result.org.roles[0];
  const span = hovered ? result.spans[hovered] : undefined;
  const ids = { text: useId(), role: useId(), source: useId() };

  const onPointerOver = (event: PointerEvent<HTMLElement>) => {
    const label = (event.target as HTMLElement).closest('[data-slot="checklist-item-text"]');
    setHovered(label ? findDuty(role, label.textContent ?? '')?.id : undefined);
  };

  return (
    <div className="import-page">
      <section className="import-source" aria-labelledby={ids.text}>
        <h2 id={ids.text} className="import-heading">
          Job descriptions
        </h2>
        <textarea className="import-textarea" aria-labelledby={ids.text} value={text} onChange={(event) => setText(event.target.value)} rows={18} spellCheck={false} />
        <h3 id={ids.source} className="import-heading">
          Source of the hovered duty
        </h3>
        <pre className="import-preview" aria-labelledby={ids.source} tabIndex={0} data-testid="import-preview">
          {span ? (
            <>
              {text.slice(0, span[0])}
              <mark>{text.slice(span[0], span[1])}</mark>
              {text.slice(span[1])}
            </>
          ) : (
            text
          )}
        </pre>
      </section>
      <section className="import-result" aria-label="What was read" onPointerOver={onPointerOver} onPointerLeave={() => setHovered(undefined)}>
        <label htmlFor={ids.role} className="import-heading">
          Role ({result.org.roles.length} found)
        </label>
        <select id={ids.role} value={role?.id ?? ''} onChange={(event) => setRoleId(event.target.value)}>
          {result.org.roles.map((each) => (
            <option key={each.id} value={each.id}>
              {each.title}
            </option>
          ))}
        </select>
        {role && <RoleCard role={role} org={result.org} />}
        {role?.responsibilities && <ResponsibilityChecklist role={role} />}
        {role?.workflow && <WorkflowStepper workflow={role.workflow} />}
      </section>
      <aside className="import-warnings" aria-label="Warnings">
        <h2 className="import-heading">Warnings ({result.warnings.length})</h2>
        <ul>
          {result.warnings.map((warning, i) => (
            <li key={i} data-code={warning.code}>
              <code>{warning.code}</code> {warning.message}
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}

/** The page's own layout: host CSS, not rolekit's. */
export const importCss = `
.import-page { display: grid; grid-template-columns: minmax(18rem, 1fr) minmax(22rem, 1.4fr) minmax(14rem, 0.8fr); gap: 1.5rem; align-items: start; font-family: system-ui, sans-serif; color: #1f2937; }
[data-rk-theme="dark"] .import-page { color: #e5e7eb; }
.import-source, .import-result, .import-warnings { display: grid; gap: 0.75rem; min-inline-size: 0; }
.import-heading { margin: 0; font-size: 1rem; font-weight: 600; }
.import-textarea { font: 0.875rem/1.4 ui-monospace, monospace; inline-size: 100%; box-sizing: border-box; color: inherit; background: transparent; }
.import-preview { max-block-size: 16rem; overflow: auto; white-space: pre-wrap; font: 0.8125rem/1.4 ui-monospace, monospace; margin: 0; padding: 0.5rem; border: 1px solid #9ca3af; border-radius: 0.375rem; }
.import-preview mark { background: #fde68a; color: #1f2937; }
.import-warnings ul { margin: 0; padding-inline-start: 1.25rem; display: grid; gap: 0.5rem; font-size: 0.875rem; }
`;
