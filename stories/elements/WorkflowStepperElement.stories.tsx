import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { salesOrg } from '../../src/examples';
import { ElementStory, SCRIPT, inShadow } from './ElementStory';

const meta = {
  title: 'Elements/<rolekit-workflow-stepper>',
  tags: ['!autodocs'],
  render: (_, { globals }) => (
    <ElementStory snippet={`${SCRIPT}\n<rolekit-workflow-stepper src="/api/org.json" role-id="assistant-sales-director"></rolekit-workflow-stepper>`}>
      <rolekit-workflow-stepper org={salesOrg} role-id="assistant-sales-director" theme={globals.theme === 'dark' ? 'dark' : 'light'} dir={globals.dir} />
    </ElementStory>
  ),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const current = await inShadow(canvasElement, 'rolekit-workflow-stepper', '[aria-current="step"]');
    await expect(current).toBeTruthy();
  },
};
