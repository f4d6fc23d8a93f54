import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { salesOrg } from '../../src/examples';
import { ElementStory, SCRIPT, inShadow } from './ElementStory';

const meta = {
  title: 'Elements/<rolekit-org-chart>',
  tags: ['!autodocs'],
  render: (_, { globals }) => (
    <ElementStory snippet={`${SCRIPT}\n<rolekit-org-chart src="/api/org.json" height="420" expand-depth="2"></rolekit-org-chart>`}>
      <rolekit-org-chart org={salesOrg} height={420} expand-depth={2} theme={globals.theme === 'dark' ? 'dark' : 'light'} dir={globals.dir} />
    </ElementStory>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const tree = await inShadow(canvasElement, 'rolekit-org-chart', '[role="tree"]');
    await expect(tree.querySelector('[role="treeitem"]')?.textContent).toContain('Sales Director');
  },
};
