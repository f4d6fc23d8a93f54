import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { salesOrg } from '../../src/examples';
import { ElementStory, SCRIPT, inShadow } from './ElementStory';

const meta = {
  title: 'Elements/<rolekit-role-explorer>',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  render: (_, { globals }) => (
    <ElementStory snippet={`${SCRIPT}\n<rolekit-role-explorer src="/api/org.json" selected-id="assistant-sales-director" height="420"></rolekit-role-explorer>`}>
      <rolekit-role-explorer org={salesOrg} selected-id="assistant-sales-director" height={420} theme={globals.theme === 'dark' ? 'dark' : 'light'} dir={globals.dir} />
    </ElementStory>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await inShadow(canvasElement, 'rolekit-role-explorer', '[role="tree"]');
    const card = await inShadow(canvasElement, 'rolekit-role-explorer', '[part~="card"]');
    await expect(card.textContent).toContain('Assistant Sales Director');
  },
};
