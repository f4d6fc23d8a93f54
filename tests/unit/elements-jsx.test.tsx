import { describe, expect, expectTypeOf, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import type { ComponentProps } from 'react';
import type { RolekitOrgChartElement } from '../../src/elements';
import { salesOrg } from '../../src/examples';

// The JSX types are compile-time: `npx tsc --noEmit` checks this file, @ts-expect-error lines
// included (each must be an error, or tsc fails). The renders show React 19 writes what the
// types allow as the element's attributes.
describe('rolekit/elements JSX types (React 19 hosts)', () => {
  it('types the tags as intrinsic elements, with their attributes, properties and listeners', () => {
    const chart = (
      <rolekit-org-chart
        org={salesOrg}
        selected-id="sales-director"
        expand-depth={2}
        height={420}
        view="list"
        toolbar={false}
        format="csv"
        onrolekit-select={(event) => expectTypeOf(event.detail.roleId).toEqualTypeOf<string>()}
        onrolekit-error={(event) => expectTypeOf(event.detail.issues[0]!.message).toEqualTypeOf<string>()}
      />
    );
    const stepper = <rolekit-workflow-stepper role-id="x" linear completedStepIds={['a']} onrolekit-phase-change={(event) => event.detail.phaseId} />;
    expect([chart, stepper]).toHaveLength(2);
    expectTypeOf<ComponentProps<'rolekit-org-chart'>['ref']>().toExtend<React.Ref<RolekitOrgChartElement> | undefined>();
  });

  it('rejects what the element does not take', () => {
    // @ts-expect-error: view is chart or list
    const badView = <rolekit-org-chart view="grid" />;
    // @ts-expect-error: the card's headings go to level 6 (a dashed name is only checked when declared: TypeScript lets unknown ones through)
    const badLevel = <rolekit-role-card heading-level={7} />;
    // @ts-expect-error: rolekit-select's detail is { roleId }
    const badEvent = <rolekit-role-card onrolekit-select={(event: CustomEvent<{ ids: string[] }>) => event.detail.ids} />;
    // @ts-expect-error: format is json, csv, scim or graph
    const badFormat = <rolekit-role-explorer format="xml" />;
    // @ts-expect-error: org is an Org, not its JSON text
    const badOrg = <rolekit-role-card org="{}" />;
    expect([badView, badLevel, badEvent, badFormat, badOrg]).toHaveLength(5);
  });

  it('renders on the server as the tag with its kebab-case attributes', () => {
    const html = renderToString(<rolekit-org-chart selected-id="sales-director" expand-depth={2} theme="dark" />);
    expect(html).toBe('<rolekit-org-chart selected-id="sales-director" expand-depth="2" theme="dark"></rolekit-org-chart>');
  });
});
