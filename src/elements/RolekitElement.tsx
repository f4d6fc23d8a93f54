import { useEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { OrgIssue } from '../model/issues';
import type { ImportIssue } from '../import/result';
import { RolekitProvider, useLabels, type LabelOverrides } from '../internal/locale';
import { useReportIssues } from '../internal/useReportIssues';
import { IssueAlert } from '../internal/IssueAlert';
import { adoptStyles } from './styles';
import { elementLabels } from './labels';

/* -------------------------------------------------------------------------------------------------
 * Types
 * -----------------------------------------------------------------------------------------------*/

/**
 * How an attribute reads: text, a number, a boolean (present and not "false"), or a boolean
 * that is on unless the attribute says "false" (`toolbar`: shown by default).
 */
export type AttributeKind = 'string' | 'number' | 'boolean' | 'on';

/** The data an element shows: from the `org` property, `src`, or an inline JSON child. */
export type DataState =
  | { status: 'empty' }
  | { status: 'loading' }
  | { status: 'error'; issues: readonly OrgIssue[] }
  | { status: 'ready'; data: unknown; warnings?: readonly ImportIssue[] };

export interface RolekitEventMap {
  'rolekit-select': CustomEvent<{ roleId: string }>;
  'rolekit-expanded-change': CustomEvent<{ ids: string[] }>;
  /** The chart's focused team changed (a breadcrumb step, "Whole organisation"); `null`: the whole org. */
  'rolekit-focus-change': CustomEvent<{ roleId: string | null }>;
  'rolekit-checked-change': CustomEvent<{ ids: string[] }>;
  'rolekit-phase-change': CustomEvent<{ phaseId: string }>;
  /** With `format`, the adapter's issues: each also has `line` and `column` (CSV) or `input` (its JSON path). */
  'rolekit-error': CustomEvent<{ issues: readonly (OrgIssue | ImportIssue)[] }>;
  'rolekit-ready': CustomEvent<Record<string, never>>;
  /**
   * With `format`, what the adapter repaired or left out (a manager who is not in the file, an
   * ambiguous manager name, inactive users), each with its line and column or JSON path.
   * Sent once per load that has any, after the data is shown.
   */
  'rolekit-warning': CustomEvent<{ warnings: readonly ImportIssue[] }>;
}

/** Attributes every element reads (with the element's own, from `static attributes`). */
const SHARED: Record<string, AttributeKind> = { src: 'string', format: 'string', theme: 'string', locale: 'string' };

// `class extends HTMLElement` must not throw where there is no DOM (Node importing the
// package for SSR, a test runner): there the classes exist but are never instantiated.
const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/* -------------------------------------------------------------------------------------------------
 * RolekitElement
 * -----------------------------------------------------------------------------------------------*/

/**
 * The thin wrapper every rolekit element is: an open shadow root holding a React root.
 *
 * - Attributes (kebab-case) are the primitive options; each has a camelCase property that
 *   reflects to it. Rich values (`org`, `labels`, …) are properties only.
 * - The React root mounts on connect. On disconnect the unmount waits a microtask: an
 *   element moved in the DOM (removed and inserted again in one task) is connected again
 *   by then and keeps its React state.
 * - Data: the `org` property wins; else `src` (fetched same-origin with credentials; a
 *   response to an older `src` is dropped); else a `<script type="application/json">` child.
 */
export abstract class RolekitElement extends Base {
  /** The element's own attributes and how each reads. */
  static attributes: Record<string, AttributeKind> = {};
  /** Rich values, as properties only; setting one re-renders. */
  static properties: readonly string[] = [];
  /** The properties that are data: setting one replaces what `src` or inline JSON gave. */
  static data: readonly string[] = ['org'];

  static get observedAttributes(): string[] {
    return Object.keys({ ...SHARED, ...this.attributes });
  }

  /** Adds the reflecting properties (camelCase of each attribute) and the rich ones once per class. */
  static install(): void {
    const proto = this.prototype as unknown as Record<string, unknown>;
    const { data } = this;
    for (const [name, kind] of Object.entries({ ...SHARED, ...this.attributes })) {
      const key = camel(name);
      // `dir` and the like are HTMLElement's own already.
      if (Object.hasOwn(proto, key) || key in Base.prototype) continue;
      Object.defineProperty(proto, key, {
        configurable: true,
        get(this: RolekitElement) {
          return this.attr(name, kind);
        },
        set(this: RolekitElement, value: unknown) {
          if (kind === 'on') {
            if (value === false || value === 'false') this.setAttribute(name, 'false');
            else this.removeAttribute(name);
          } else if (value == null || value === false) this.removeAttribute(name);
          else this.setAttribute(name, value === true ? '' : String(value));
        },
      });
    }
    for (const key of ['org', ...this.properties]) {
      if (Object.hasOwn(proto, key)) continue;
      Object.defineProperty(proto, key, {
        configurable: true,
        get(this: RolekitElement) {
          return this.props[key];
        },
        set(this: RolekitElement, value: unknown) {
          this.props[key] = value;
          if (data.includes(key)) this.loadData();
          else this.update();
        },
      });
    }
  }

  /** Rich values set as properties. */
  protected props: Record<string, unknown> = {};
  protected data: DataState = { status: 'empty' };
  private root: Root | null = null;
  private container: HTMLDivElement | null = null;
  private unmountQueued = false;
  private request = 0;
  private fetched: { src: string; data: DataState } | null = null;
  private observer: MutationObserver | null = null;
  private readied = false;
  /** `:state(loading|ready|error)` for the page's CSS (`rolekit-org-chart:state(loading)`). */
  private internals: ElementInternals | null = null;

  constructor() {
    super();
    this.internals = this.attachInternals?.() ?? null;
    const ctor = this.constructor as typeof RolekitElement;
    // A property set before the element was defined is an own property that hides the
    // accessor: take it over.
    for (const key of ['org', ...ctor.properties, ...ctor.observedAttributes.map(camel)]) {
      if (!Object.hasOwn(this, key)) continue;
      const value = (this as unknown as Record<string, unknown>)[key];
      delete (this as unknown as Record<string, unknown>)[key];
      (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  connectedCallback(): void {
    if (this.unmountQueued) {
      // Moved: the queued unmount sees the element connected and does nothing.
      this.unmountQueued = false;
      return;
    }
    if (this.root) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptStyles(shadow);
    this.container = this.ownerDocument.createElement('div');
    this.container.setAttribute('part', 'base');
    shadow.append(this.container);
    this.root = createRoot(this.container);
    // Server-rendered pages may define the tags before the parser reaches the inline JSON.
    this.observer = new MutationObserver(() => {
      if (this.props.org == null && this.ownData() == null && !this.hasAttribute('src')) this.loadData();
    });
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.loadData();
  }

  disconnectedCallback(): void {
    if (!this.root) return;
    this.unmountQueued = true;
    queueMicrotask(() => {
      if (!this.unmountQueued) return;
      this.unmountQueued = false;
      this.observer?.disconnect();
      this.observer = null;
      this.root?.unmount();
      this.root = null;
      this.container?.remove();
      this.container = null;
      this.readied = false;
      this.request++;
    });
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (previous === next) return;
    if (name === 'src' || name === 'format') this.loadData();
    else this.update();
  }

  /** Reads an attribute as its kind: `null` when absent (a boolean: `false`). */
  protected attr(name: string, kind: AttributeKind = 'string'): string | number | boolean | null {
    const value = this.getAttribute(name);
    if (kind === 'on') return value !== 'false';
    if (kind === 'boolean') return value !== null && value !== 'false';
    if (value === null) return null;
    if (kind === 'number') {
      const n = value.trim() === '' ? Number.NaN : Number(value);
      return Number.isNaN(n) ? null : n;
    }
    return value;
  }

  /** A string attribute, `undefined` when absent (as React props want it). */
  protected text(name: string): string | undefined {
    return this.getAttribute(name) ?? undefined;
  }

  /** A boolean attribute, `undefined` when absent so the component's default applies. */
  protected flag(name: string): boolean | undefined {
    return this.hasAttribute(name) ? (this.attr(name, 'boolean') as boolean) : undefined;
  }

  /** A size attribute: a number is pixels (`height="400"`), anything else CSS (`30rem`). */
  protected length(name: string): number | string | undefined {
    const value = this.text(name);
    return value !== undefined && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }

  /** What every component inside takes from the element: direction, locale, error reports. */
  protected shared() {
    return { dir: this.text('dir') as 'ltr' | 'rtl' | 'auto' | undefined, locale: this.text('locale'), onError: this.reportIssues };
  }

  protected emit<K extends keyof RolekitEventMap>(type: K, detail: RolekitEventMap[K]['detail'], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  protected reportIssues = (issues: readonly OrgIssue[]): void => {
    this.emit('rolekit-error', { issues });
  };

  /* -- Data ------------------------------------------------------------------------------------ */

  private loadData(): void {
    if (!this.root) return;
    const own = this.props.org ?? this.ownData();
    if (own != null) {
      this.request++;
      this.setData({ status: 'ready', data: own });
      return;
    }
    const src = this.getAttribute('src');
    if (src) {
      this.fetchData(src);
      return;
    }
    this.request++;
    this.setData(this.inlineData());
  }

  /** Data of the element's own besides `org` (the stepper's `workflow`). */
  protected ownData(): unknown {
    return undefined;
  }

  private inlineData(): DataState {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return { status: 'empty' };
    try {
      return { status: 'ready', data: JSON.parse(script.textContent ?? '') };
    } catch (error) {
      return fail(`inline JSON: ${(error as Error).message}`);
    }
  }

  private fetchData(src: string): void {
    const format = this.getAttribute('format');
    const key = `${format} ${src}`;
    if (this.fetched?.src === key) {
      this.setData(this.fetched.data);
      return;
    }
    const request = ++this.request;
    this.setData({ status: 'loading' });
    const done = (data: DataState) => {
      // Only the answer to the latest request counts: `src` changed, or the element went away.
      if (request !== this.request) return;
      // Kept for a move or a switch back to this `src`; a failure is tried again next time.
      if (data.status === 'ready') this.fetched = { src: key, data };
      this.setData(data);
    };
    const url = new URL(src, this.ownerDocument.baseURI);
    // With a format, the adapters (and papaparse) load and fetch: ./importData.ts, on demand.
    (format
      ? import('./importData').then((module) => module.importData(url, format, src))
      : fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } }).then(async (response) =>
          response.ok ? { status: 'ready' as const, data: await response.json() } : fail(`src: HTTP ${response.status} for ${src}`),
        )
    )
      .then(done, (error: unknown) => done(fail(`src: ${(error as Error).message} for ${src}`)));
  }

  private setData(data: DataState): void {
    if (data.status === 'error') this.reportIssues(data.issues);
    this.data = data;
    // Read at once by scripts and tests (React renders the state a moment later).
    this.container?.setAttribute('data-state', data.status);
    const states = this.internals?.states;
    if (states) {
      states.clear();
      if (data.status !== 'empty') states.add(data.status);
    }
    this.update();
    if (data.status === 'ready' && data.warnings?.length) this.emit('rolekit-warning', { warnings: data.warnings });
  }

  /* -- Rendering ------------------------------------------------------------------------------- */

  /** The component for the data (always `ready` here). */
  protected abstract renderData(data: unknown): ReactNode;

  /** Renders the current attributes, properties and data (React batches repeated calls). */
  protected update(): void {
    if (!this.root || !this.container) return;
    const theme = this.getAttribute('theme');
    if (theme) this.container.dataset.rkTheme = theme;
    else delete this.container.dataset.rkTheme;
    const data = this.data;
    this.root.render(
      <RolekitProvider locale={this.text('locale')} labels={this.props.labels as LabelOverrides | undefined}>
        {data.status === 'ready' ? (
          <Committed onCommit={this.onCommit}>{this.renderData(data.data)}</Committed>
        ) : (
          <ElementState data={data} />
        )}
      </RolekitProvider>,
    );
  }

  private onCommit = () => {
    if (this.readied) return;
    this.readied = true;
    this.emit('rolekit-ready', {});
  };
}

function fail(message: string): DataState {
  return { status: 'error', issues: [{ code: 'invalid', path: [], message }] };
}

/* -------------------------------------------------------------------------------------------------
 * Parts
 * -----------------------------------------------------------------------------------------------*/

/** Calls `onCommit` after each commit of its children (the element's `rolekit-ready`). */
function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useEffect(onCommit);
  return <>{children}</>;
}

/** Loading, and the box for data that never arrived (the components show their own for bad data). */
function ElementState({ data }: { data: Exclude<DataState, { status: 'ready' }> }) {
  const labels = useLabels('elements', elementLabels);
  if (data.status === 'empty') return null;
  if (data.status === 'loading') {
    return (
      <div className="rk-root" role="status" data-slot="element-loading">
        {labels.loading}
      </div>
    );
  }
  return (
    <div className="rk-root">
      <IssueAlert title={labels.loadFailed} details={labels.details} issues={data.issues} moreLabel={labels.more} />
    </div>
  );
}

/** The box for a `role-id` that names no role, reporting its issues once. */
export function RoleMissing({ issues, onError }: { issues: readonly OrgIssue[]; onError: (issues: readonly OrgIssue[]) => void }) {
  const labels = useLabels('elements', elementLabels);
  useReportIssues('rolekit element', issues, onError);
  return (
    <div className="rk-root">
      <IssueAlert title={labels.noRole} details={labels.details} issues={issues} moreLabel={labels.more} />
    </div>
  );
}
