import { useEffect, useRef } from 'react';
import type { OrgIssue } from '../model/issues';

const isDev = typeof process !== 'undefined' && process.env?.NODE_ENV !== 'production';

/**
 * Hands data problems to the host's `onError` (and the console in development)
 * after render, once per distinct set of issues: components show what they can
 * instead of throwing.
 */
export function useReportIssues(component: string, issues: readonly OrgIssue[], onError?: (issues: readonly OrgIssue[]) => void) {
  const key = issues.map((issue) => `${issue.code}:${issue.message}`).join('\n');
  const last = useRef('');
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  useEffect(() => {
    if (key === last.current) return;
    last.current = key;
    if (!key) return;
    onErrorRef.current?.(issues);
    if (isDev) console.warn(`rolekit ${component}: ${issues.length} problem(s) in the data:\n${issues.map((i) => `  ${i.message}`).join('\n')}`);
  }, [key, component, issues]);
}
