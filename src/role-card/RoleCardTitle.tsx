import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { RoleCardLabels } from './labels';

/* -------------------------------------------------------------------------------------------------
 * CompactTitle: clamped to --rk-card-title-lines, and never only there
 * -----------------------------------------------------------------------------------------------*/

/**
 * A compact card keeps its height by clamping the title, and a `title` tooltip is no way
 * back to the rest: touch screens never show it and keyboards cannot reach it. So the
 * clamp is only visual (the heading, and the card's name, hold the whole title for
 * screen readers), and when it actually cuts text a disclosure button under it opens
 * the title in full — by tap, click, Enter or Space. Measured after layout, so the
 * server (which cannot know) renders no button and the title clamped.
 */
export function CompactTitle({
  as: Title,
  id,
  text,
  labels,
  children,
}: {
  as: 'h3';
  id: string;
  text: string;
  labels: RoleCardLabels;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLHeadingElement>(null);
  const clamped = useIsClamped(ref, !open, text);
  const toggle = clamped || open;
  return (
    <>
      <Title ref={ref} id={id} className="rk-card-title" data-slot="role-card-title" data-state={toggle ? (open ? 'open' : 'closed') : undefined}>
        {children}
      </Title>
      {toggle && (
        <button
          type="button"
          className="rk-card-more rk-card-title-toggle"
          data-slot="role-card-title-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? labels.showLessTitle : labels.showFullTitle}
        </button>
      )}
    </>
  );
}

/** Whether the element's text overflows its (line-clamped) box; re-measured as the box resizes. */
function useIsClamped(ref: { readonly current: HTMLElement | null }, active: boolean, text: string): boolean {
  const [clamped, setClamped] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!active || !element) return;
    // One pixel of slack: a line box may round up by a fraction without hiding anything.
    const measure = () => setClamped(element.scrollHeight > element.clientHeight + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, active, text]);
  return clamped;
}

