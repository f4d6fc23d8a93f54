import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useControllableState } from '../../../src/internal/useControllableState';

describe('useControllableState', () => {
  describe('uncontrolled', () => {
    it('starts from the default and keeps its own value', async () => {
      const onChange = vi.fn();
      render(<Counter defaultValue={2} onChange={onChange} />);
      await userEvent.click(screen.getByRole('button'));
      expect(screen.getByRole('button')).toHaveTextContent('3');
      expect(onChange).toHaveBeenCalledWith(3);
    });
  });

  describe('controlled', () => {
    it('shows the prop and only changes when the owner updates it', async () => {
      const onChange = vi.fn();
      render(<Counter value={5} onChange={onChange} />);
      await userEvent.click(screen.getByRole('button'));
      expect(onChange).toHaveBeenCalledWith(6);
      expect(screen.getByRole('button')).toHaveTextContent('5');
    });

    it('follows the owner when it accepts the change', async () => {
      render(<Owner />);
      await userEvent.click(screen.getByRole('button'));
      await userEvent.click(screen.getByRole('button'));
      expect(screen.getByRole('button')).toHaveTextContent('2');
    });
  });

  describe('switching between controlled and uncontrolled', () => {
    it('warns in development, naming the component', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { rerender } = render(<Counter defaultValue={0} />);
      rerender(<Counter value={1} defaultValue={0} />);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('Counter value is changing from uncontrolled to controlled'));
      warn.mockRestore();
    });
  });
});

function Counter(props: { value?: number; defaultValue?: number; onChange?: (value: number) => void }) {
  const [value, setValue] = useControllableState({ prop: props.value, defaultProp: props.defaultValue ?? 0, onChange: props.onChange, name: 'Counter value' });
  return <button onClick={() => setValue((v) => v + 1)}>{value}</button>;
}

function Owner() {
  const [value, setValue] = useState(0);
  return <Counter value={value} onChange={setValue} />;
}
