import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { salesOrg } from '../../src/examples';
import { ElementStory, SCRIPT, inShadow } from './ElementStory';

const meta = {
  title: 'Elements/<rolekit-responsibility-checklist>',
  tags: ['!autodocs'],
  render: (_, { globals }) => (
    <ElementStory snippet={`${SCRIPT}\n<rolekit-responsibility-checklist src="/api/org.json" role-id="assistant-sales-director"></rolekit-responsibility-checklist>`}>
      <rolekit-responsibility-checklist org={salesOrg} role-id="assistant-sales-director" theme={globals.theme === 'dark' ? 'dark' : 'light'} dir={globals.dir} />
    </ElementStory>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const group = await inShadow(canvasElement, 'rolekit-responsibility-checklist', '[part~="checklist-group"]');
    await expect(group.querySelector('[role="checkbox"], input[type="checkbox"]')).toBeTruthy();
  },
};
