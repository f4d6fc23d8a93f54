import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ImportHR, importHRCss } from './ImportHR';
import { cleanCsv, messyCsv, scimJson } from './importSamples';

const meta = {
  title: 'Introduction/Import HR data',
  component: ImportHR,
  tags: ['!autodocs'],
  args: { defaultText: cleanCsv, defaultFileName: 'sales-department.csv' },
  argTypes: { defaultText: { control: 'text' }, defaultFileName: { control: 'text' } },
  parameters: { layout: 'fullscreen' },
  render: (args) => (
    <>
      <style>{importHRCss}</style>
      <ImportHR {...args} />
    </>
  ),
} satisfies Meta<typeof ImportHR>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

/** A clean export of a 30-person sales department: detected as CSV, drawn, every column accounted for. */
export const CleanCsv: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    await expect(page.getByRole('status', { name: 'Import summary' })).toHaveTextContent('30 people, 0 warnings');
    await expect(page.getByRole('combobox', { name: 'Format' })).toHaveDisplayValue('Detect (CSV)');
    await expect(page.getByRole('tree', { name: /sales-department/ })).toBeVisible();
    await expect(page.getByRole('treeitem', { name: /^Vice President of Sales, Helena Marsh/ })).toBeVisible();
    const mapping = page.getByRole('table', { name: 'Column mapping' });
    await expect(within(mapping).getByRole('row', { name: 'Manager ID managerId' })).toBeVisible();
    await expect(within(mapping).getByRole('row', { name: 'Cost Centre kept in role.meta' })).toBeVisible();
    await expect(rowsOf(page.getByRole('table', { name: /^Warnings and errors/ })).map(cellsOf)).toEqual([['None: every row was read as it is.']]);
  },
};

/**
 * A European Excel export: BOM, semicolons, CRLF, managers by name. "Alex Kim" is two
 * people, "Jordan Miles" nobody, one position is open and one email has no domain: each is a
 * row of the warnings table at its line and column, and the chart still draws.
 */
export const MessyCsv: Story = {
  args: { defaultText: messyCsv, defaultFileName: 'export-2026-11.csv' },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    await expect(page.getByRole('status', { name: 'Import summary' })).toHaveTextContent('7 people, 1 open position, 3 warnings');
    const warnings = page.getByRole('table', { name: 'Warnings and errors (3)' });
    const rows = rowsOf(warnings).map(cellsOf);
    await expect(rows[0]).toEqual(['5', 'Reports To', 'Warning', '2 people are named "Alex Kim" (lines 3, 4); made a root rather than guess ambiguous_manager']);
    await expect(rows[1]).toEqual(['8', 'Reports To', 'Warning', 'no person is named "Jordan Miles"; made a root unknown_manager']);
    await expect(rows[2]!.slice(0, 2)).toEqual(['8', 'E-mail']);
    // The open position is drawn as one, and the quoted semicolon stayed inside its title.
    await expect(page.getByRole('treeitem', { name: /^Account Executive, Vacant/ })).toBeVisible();
    await expect(page.getByRole('treeitem', { name: /^Solutions Engineer; Pre-sales, Liam O'Connor/ })).toBeVisible();
    const mapping = page.getByRole('table', { name: 'Column mapping' });
    await expect(within(mapping).getByRole('row', { name: 'Reports To managerName' })).toBeVisible();
  },
};

/**
 * A SCIM 2.0 ListResponse: the inactive user is left out and counted, the user whose
 * manager was never provisioned is a root. Choosing another format re-reads the same text.
 */
export const Scim: Story = {
  args: { defaultText: scimJson, defaultFileName: 'okta-users.json' },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    const format = page.getByRole('combobox', { name: 'Format' });
    await expect(format).toHaveDisplayValue('Detect (SCIM 2.0)');
    await expect(page.getByRole('status', { name: 'Import summary' })).toHaveTextContent('7 people, 2 warnings');
    const rows = rowsOf(page.getByRole('table', { name: /^Warnings and errors/ })).map(cellsOf);
    await expect(rows[0]).toEqual(['—', 'Resources', 'Warning', '1 user has active: false; left out skipped_row']);
    await expect(rows[1]![1]).toBe('Resources[7]["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"].manager.value');

    await userEvent.selectOptions(format, 'Microsoft Graph');
    await expect(page.getByRole('heading', { name: 'Read as Microsoft Graph' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Import summary' })).toHaveTextContent('nothing to draw, 1 error, 0 warnings');
    await expect(page.getByRole('table', { name: 'Warnings and errors (1)' })).toHaveTextContent(/expected a Graph users page/);

    await userEvent.selectOptions(format, 'Detect (SCIM 2.0)');
    await expect(page.getByRole('status', { name: 'Import summary' })).toHaveTextContent('7 people, 2 warnings');
  },
};

/** A file picked with the file input replaces the text; its format is detected afresh and its name names the org. */
export const PickAFile: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    const input = page.getByLabelText(/^Choose a file/);
    await userEvent.upload(input, new File([messyCsv], 'export-2026-11.csv', { type: 'text/csv' }));
    await waitFor(() => expect(page.getByRole('status', { name: 'Import summary' })).toHaveTextContent('7 people, 1 open position, 3 warnings'));
    await expect(page.getByLabelText(/^Or paste or drop it here \(now: export-2026-11\.csv\)/)).toBeVisible();
    await expect(page.getByRole('tree', { name: /export-2026-11/ })).toBeVisible();
  },
};

/** Pasted text is read as it is typed: broken JSON says where it broke. */
export const PasteBrokenJson: Story = {
  args: { defaultText: '', defaultFileName: undefined },
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    await expect(page.getByRole('status', { name: 'Import summary' })).toHaveTextContent('nothing to draw, 0 warnings');
    await userEvent.click(page.getByRole('textbox', { name: /^Or paste/ }));
    await userEvent.paste('{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"Resources":[{"id":"u1",}]}');
    await expect(page.getByRole('combobox', { name: 'Format' })).toHaveDisplayValue('Detect (SCIM 2.0)');
    await expect(page.getByRole('status', { name: 'Import summary' })).toHaveTextContent('nothing to draw, 1 error, 0 warnings');
    await expect(page.getByRole('table', { name: 'Warnings and errors (1)' })).toHaveTextContent(/not valid JSON/);
  },
};
