import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResponsibilityChecklist, RoleCard, WorkflowStepper } from '../../../../src';
import { parseRoleText } from '../../../../src/import';
import { FIXTURES, fixture } from './fixtures';

describe.each(FIXTURES)('the org read from %s, rendered on the server', (name) => {
  const { org } = parseRoleText(fixture(name));

  it('renders every role as a RoleCard with its title and no alert', () => {
    for (const role of org.roles) {
      const html = renderToString(<RoleCard role={role} org={org} />);
      expect(html).toContain(escapeHtml(role.title));
      expect(html).not.toContain('role="alert"');
    }
  });

  it('renders every role’s duties as a ResponsibilityChecklist with no alert', () => {
    for (const role of org.roles.filter((each) => each.responsibilities)) {
      const html = renderToString(<ResponsibilityChecklist role={role} />);
      expect(html).toContain(escapeHtml(role.responsibilities![0]!.items[0]!.text));
      expect(html).not.toContain('role="alert"');
    }
  });

  it('renders every workflow as a WorkflowStepper with no alert', () => {
    for (const role of org.roles.filter((each) => each.workflow)) {
      const html = renderToString(<WorkflowStepper workflow={role.workflow!} />);
      expect(html).toContain(escapeHtml(role.workflow!.phases[0]!.title));
      expect(html).not.toContain('role="alert"');
    }
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}
