import { useEffect, useRef, useState } from 'react';
import { VisuallyHidden } from './VisuallyHidden';

/**
 * The one way rolekit speaks to screen readers: a polite status region (`role="status"`,
 * which is `aria-live="polite"` and atomic), filled after render when something the user
 * did changed what the component shows. Texts come from each component's labels.
 */

/** What the region reads: one line, or several read as separate blocks (a pause between). */
export type Announcement = string | readonly string[];

/**
 * Text for an `Announcer`: whenever a value in `watched` changes after the first render,
 * `describe(previous)` says what to announce (`undefined` keeps the last message). Empty at
 * first, so nothing is read on page load; set in an effect, so the server renders it empty.
 * Changes in one render make one message, and a message equal to the last one changes
 * nothing in the DOM, so it is not read again. Not delayed by a timer: the text is there as
 * soon as the action has rendered, for the screen reader and for any test or host reading it.
 */
export function useAnnouncer<W extends readonly unknown[]>(watched: W, describe: (previous: W) => Announcement | undefined): Announcement {
  const [message, setMessage] = useState<Announcement>('');
  const last = useRef(watched);
  // No dependency list: `describe` is a fresh closure each render, and the comparison with
  // the last values seen (not React's) is what decides; setMessage runs only on a change.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after every render on purpose (above)
  useEffect(() => {
    const previous = last.current;
    if (previous.length === watched.length && previous.every((value, i) => Object.is(value, watched[i]))) return;
    last.current = watched;
    const next = describe(previous);
    if (next !== undefined) setMessage(next);
  });
  return message;
}

export interface AnnouncerProps {
  message: Announcement;
  /** The component's name for its region. */
  'data-slot': string;
}

/** The polite status region, screen-reader-only: keep it mounted, so a change of its text is what is read. */
export function Announcer({ message, 'data-slot': slot }: AnnouncerProps) {
  return (
    <VisuallyHidden as="div" role="status" data-slot={slot}>
      {lines(message)}
    </VisuallyHidden>
  );
}

/**
 * The same region shown on screen, for a status a sighted user reads too (a search's match
 * count). Apart from `Announcer` so that a component showing only this one does not ship the
 * visually-hidden styles.
 */
export function VisibleAnnouncer({ message, 'data-slot': slot, className }: { message: string; 'data-slot': string; className: string }) {
  return (
    <span className={className} data-slot={slot} role="status">
      {message}
    </span>
  );
}

const lines = (message: Announcement) => (typeof message === 'string' ? message : message.map((line, i) => <p key={i}>{line}</p>));
