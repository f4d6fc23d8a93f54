import { expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from '@testing-library/react';

it('runs in a real Chromium with layout', () => {
  const { container } = render(<div style={{ width: 123, height: 45 }}>x</div>);
  expect(container.firstElementChild!.getBoundingClientRect().width).toBe(123);
  expect(page).toBeDefined();
});
