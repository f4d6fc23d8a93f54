import axe from 'axe-core';
import { expect } from 'vitest';
import { AXE_SPEC } from './axeRules';

axe.configure(AXE_SPEC);

/**
 * Runs axe-core on a rendered subtree and fails with the rule ids and targets.
 * In jsdom, colour contrast cannot be computed (no layout), so that rule runs
 * only in the browser projects (the story tests run every rule).
 */
export async function expectNoAxeViolations(container: Element = document.body, options: axe.RunOptions = {}) {
  const inJsdom = typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent);
  const result = await axe.run(container, {
    ...options,
    rules: { ...(inJsdom ? { 'color-contrast': { enabled: false } } : {}), ...options.rules },
  });
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe violations').toEqual([]);
}
