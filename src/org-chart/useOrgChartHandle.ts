import { useImperativeHandle, useRef, type Ref } from 'react';
import type { Transform } from './viewport';
import type { PrintOptions, ToPDFOptions } from './usePaper';

/** Imperative control, through `handleRef` (`ref` is the root element, like every rolekit component). */
export interface OrgChartHandle {
  /** Expands every role with reports. */
  expandAll(): void;
  /** Collapses every role: only the roots stay visible. */
  collapseAll(): void;
  expand(roleId: string): void;
  collapse(roleId: string): void;
  /**
   * Expands the role's managers, moves focus to it and brings it into view. Resolves
   * `false` if there is no such role, else `true` once it is focused and in view.
   */
  focusNode(roleId: string): Promise<boolean>;
  /**
   * Shows only the role's team under its chain of command, as `focusId` does (`null`: the
   * whole org again); `onFocusIdChange` hears it. Returns `false` for an unknown role.
   */
  focusTeam(roleId: string | null): boolean;
  /** Zooms and pans so the whole chart shows (within the scale limits). Resolves when the view has settled (at once with reduced motion). */
  fit(): Promise<void>;
  /**
   * Expands the role's managers and moves it to the middle of the view; `focus` also moves
   * focus to it. Resolves `false` if there is no such role, else `true` once the view has
   * settled (at once with reduced motion).
   */
  centerOn(roleId: string, options?: { focus?: boolean }): Promise<boolean>;
  /** Zooms around the middle of the view, within the scale limits. Resolves when the view has settled. */
  zoomTo(scale: number): Promise<void>;
  /** Pan and zoom: `screen = chart × k + (x, y)`, in viewport pixels. */
  getTransform(): Transform;
  /**
   * The whole chart as it is expanded (every visible role, not only those rendered) as a
   * standalone SVG document. The exporter loads on first use.
   */
  toSVG(): Promise<string>;
  /** The same as a PNG image. Browser only. */
  toPNG(): Promise<Blob>;
  /**
   * Prints the chart alone (the rest of the page stays off paper), as it is expanded: one
   * page when it reads at `minTextPt`, else a book with continuation marks and an index.
   * `paper` and `orientation` set the dialog's `@page`; without them the dialog decides.
   * Rejects with a `PrintError` (`code`) on bad options. The print code loads on first use.
   */
  print(options?: PrintOptions): Promise<void>;
  /** The same pages as a PDF, built in the page (pdf-lib, loaded on first use): real text, avatars embedded. */
  toPDF(options?: ToPDFOptions): Promise<Blob>;
}

/**
 * Publishes the handle. It calls through to the latest render's implementation, so the
 * handle object itself never changes identity.
 */
export function useOrgChartHandle(handleRef: Ref<OrgChartHandle> | undefined, implementation: OrgChartHandle): void {
  const latest = useRef(implementation);
  latest.current = implementation;
  useImperativeHandle(
    handleRef,
    () => {
      // Each method of the implementation (its keys are the same every render), forwarded.
      const handle: Record<string, (...args: never[]) => unknown> = {};
      for (const name of Object.keys(latest.current) as (keyof OrgChartHandle)[]) handle[name] = (...args) => (latest.current[name] as (...a: never[]) => unknown)(...args);
      return handle as unknown as OrgChartHandle;
    },
    [],
  );
}
