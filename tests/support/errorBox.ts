import { screen, within } from '@testing-library/react';

/**
 * A component's error box as a user meets it: the alert, and in it the "Details"
 * summary that opens the disclosure holding the issue list.
 */
export function errorBox() {
  const alert = screen.getByRole('alert');
  const summary = within(alert).getByText('Details', { selector: 'summary' });
  return { alert, summary, details: summary.closest('details')! };
}
