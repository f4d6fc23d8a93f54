import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Announcer, useAnnouncer } from '../../../src/internal/announcer';

describe('useAnnouncer + Announcer', () => {
  describe('given a counter that announces its count', () => {
    it('says nothing on first render', () => {
      render(<Counter />);
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    });

    it('says the new count after a click', async () => {
      render(<Counter />);
      await userEvent.click(screen.getByRole('button', { name: 'Add' }));
      expect(screen.getByRole('status')).toHaveTextContent('Count: 1');
    });

    it('keeps the last message when a change is not worth announcing', async () => {
      render(<Counter />);
      await userEvent.click(screen.getByRole('button', { name: 'Add' }));
      await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
      expect(screen.getByRole('status')).toHaveTextContent('Count: 1');
    });

    it('reads several lines as separate blocks', async () => {
      render(<Counter lines />);
      await userEvent.click(screen.getByRole('button', { name: 'Add' }));
      expect(screen.getByRole('status').querySelectorAll('p')).toHaveLength(2);
    });
  });
});

function Counter({ lines = false }: { lines?: boolean }) {
  const [count, setCount] = useState(0);
  const [name, setName] = useState('a');
  const message = useAnnouncer([count, name] as const, ([previous]) => {
    if (previous === count) return undefined;
    return lines ? [`Count: ${count}`, 'Thanks'] : `Count: ${count}`;
  });
  return (
    <>
      <button type="button" onClick={() => setCount((n) => n + 1)}>Add</button>
      <button type="button" onClick={() => setName((n) => `${n}a`)}>Rename</button>
      <Announcer message={message} data-slot="counter-status" />
    </>
  );
}
