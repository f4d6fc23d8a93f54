import { createContext, useContext, useMemo, type ReactNode } from 'react';

/**
 * Labels of every component, keyed by component (`roleCard`, `responsibilityChecklist`,
 * `orgChart`, `workflowStepper`); each component owns its own label type. A complete
 * set ships for Simplified Chinese: `zhCN` from `rolekit/locales/zh-CN`.
 */
export type LabelOverrides = Record<string, object | undefined>;

interface RolekitContextValue {
  locale?: string | undefined;
  labels?: LabelOverrides | undefined;
}

const RolekitContext = createContext<RolekitContextValue>({});

export interface RolekitProviderProps {
  /** BCP 47 locale for numbers, currency and plurals, e.g. `zh-CN`.  @default the browser's */
  locale?: string;
  /** Label overrides per component: `{ roleCard: { vacant: 'Open position' } }`. */
  labels?: LabelOverrides;
  children?: ReactNode;
}

/** Sets the locale and built-in strings once for every rolekit component below it. */
export function RolekitProvider({ locale, labels, children }: RolekitProviderProps) {
  const parent = useContext(RolekitContext);
  const value = useMemo<RolekitContextValue>(
    () => ({ locale: locale ?? parent.locale, labels: labels ? { ...parent.labels, ...labels } : parent.labels }),
    [locale, labels, parent],
  );
  return <RolekitContext.Provider value={value}>{children}</RolekitContext.Provider>;
}

export function useLocale(): string | undefined {
  return useContext(RolekitContext).locale;
}

/**
 * A component's labels: its English defaults, then the provider's overrides for
 * that component, then the component's own `labels` prop.
 */
export function useLabels<L extends object>(component: string, defaults: L, own?: Partial<L>): L {
  const fromProvider = useContext(RolekitContext).labels?.[component] as Partial<L> | undefined;
  return useMemo(() => ({ ...defaults, ...fromProvider, ...own }), [defaults, fromProvider, own]);
}
