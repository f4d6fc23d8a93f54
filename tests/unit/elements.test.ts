import { describe, expect, expectTypeOf, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defineRolekitElements, RolekitOrgChartElement, type RolekitEventMap } from '../../src/elements';
import { salesOrg } from '../../src/examples';

describe('rolekit/elements without a DOM', () => {
  it('imports on a server, and defining does nothing there', () => {
    expect(typeof customElements).toBe('undefined');
    expect(() => defineRolekitElements()).not.toThrow();
  });
});

describe('examples/standalone/org.json', () => {
  it('is salesOrg, as JSON (the standalone page and the elements’ src tests fetch it)', () => {
    expect(JSON.parse(readFileSync('examples/standalone/org.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(salesOrg)));
  });
});

describe('rolekit/elements types', () => {
  it('declares the tags in HTMLElementTagNameMap', () => {
    expectTypeOf<HTMLElementTagNameMap['rolekit-org-chart']>().toEqualTypeOf<RolekitOrgChartElement>();
    expectTypeOf<HTMLElementTagNameMap['rolekit-org-chart']['expandAll']>().toEqualTypeOf<() => void>();
    expectTypeOf<HTMLElementTagNameMap['rolekit-responsibility-checklist']['checkedIds']>().toEqualTypeOf<readonly string[] | undefined>();
  });

  it('types each event’s detail for addEventListener', () => {
    expectTypeOf<HTMLElementEventMap['rolekit-select']>().toEqualTypeOf<RolekitEventMap['rolekit-select']>();
    expectTypeOf<HTMLElementEventMap['rolekit-select']['detail']>().toEqualTypeOf<{ roleId: string }>();
    const listen = (chart: RolekitOrgChartElement) => chart.addEventListener('rolekit-expanded-change', (event) => expectTypeOf(event.detail.ids).toEqualTypeOf<string[]>());
    expectTypeOf(listen).toBeFunction();
    expectTypeOf<DocumentEventMap['rolekit-error']['detail']['issues'][number]['code']>().toBeString();
  });
});
