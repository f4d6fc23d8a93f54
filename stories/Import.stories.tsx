import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ImportText, importCss, sampleText } from './ImportText';

const meta = {
  title: 'Introduction/Import',
  component: ImportText,
  tags: ['!autodocs'],
  args: { defaultText: sampleText },
  argTypes: { defaultText: { control: 'text' } },
  parameters: { layout: 'fullscreen' },
  render: (args) => (
    <>
      <style>{importCss}</style>
      <ImportText {...args} />
    </>
  ),
} satisfies Meta<typeof ImportText>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample text read into two roles; the first one's card, checklist and workflow on the right. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    await expect(page.getByRole('combobox', { name: /Role \(2 found\)/ })).toBeVisible();
    await expect(page.getByRole('article', { name: 'Dispatch Lead' })).toBeVisible();
    // "Direct superior: Logistics Manager" names the second description, so nothing is left to warn about.
    await expect(page.getByRole('complementary', { name: 'Warnings' })).toHaveTextContent('Warnings (0)');
  },
};

/** Hovering a duty marks the lines it was read from. */
export const HoverHighlightsSource: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    await userEvent.hover(page.getByText("check every driver's hours"));
    await waitFor(() => expect(page.getByTestId('import-preview').querySelector('mark')).toHaveTextContent("(1) check every driver's hours;"));
  },
};

/** Typing re-reads the text: a new description appears as a role. */
export const EditingReReads: Story = {
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    const textarea = page.getByRole('textbox', { name: 'Job descriptions' });
    await userEvent.click(textarea);
    await userEvent.keyboard('{Control>}{End}{/Control}\nResponsibilities of the night porter\n1. Lock the gates.');
    await expect(page.getByRole('combobox', { name: /Role \(3 found\)/ })).toBeVisible();
  },
};

/** Nothing readable: no roles, and the warning says so. */
export const Empty: Story = {
  args: { defaultText: 'Minutes of the Tuesday meeting.' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('complementary', { name: 'Warnings' })).toHaveTextContent('no_roles');
  },
};
