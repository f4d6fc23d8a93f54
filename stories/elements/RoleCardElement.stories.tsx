import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { salesOrg } from '../../src/examples';
import { ElementStory, SCRIPT, inShadow } from './ElementStory';

const meta = {
  title: 'Elements/<rolekit-role-card>',
  tags: ['!autodocs'],
  render: (_, { globals }) => (
    <ElementStory snippet={`${SCRIPT}\n<rolekit-role-card src="/api/org.json" role-id="sales-manager-north"></rolekit-role-card>`}>
      <rolekit-role-card org={salesOrg} role-id="sales-manager-north" theme={globals.theme === 'dark' ? 'dark' : 'light'} dir={globals.dir} style={{ maxInlineSize: 720 }} />
    </ElementStory>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const card = await inShadow(canvasElement, 'rolekit-role-card', '[part~="card"]');
    await expect(card.textContent).toContain('Sales Manager, North Region');
  },
};
