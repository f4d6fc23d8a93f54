/** The checklist's icons, all decorative: the words next to them carry the meaning. */

// width/height: the size without rolekit's stylesheet (CSS overrides them).
const iconProps = { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': true, focusable: false, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export function ChevronIcon() {
  return (
    <svg {...iconProps} className="rk-checklist-chevron">
      <path d="M4 6l4 4 4-4" />
    </svg>
  );
}

export function SearchIcon() {
  return (
    <svg {...iconProps} className="rk-checklist-filter-icon">
      <circle cx="7" cy="7" r="4.25" />
      <path d="M10.25 10.25L13.5 13.5" />
    </svg>
  );
}

export function WarningIcon() {
  return (
    <svg {...iconProps} className="rk-checklist-icon">
      <path d="M8 2.5l6 10.5H2z" />
      <path d="M8 6.5v3M8 11.25v.01" />
    </svg>
  );
}

/** A tick in a circle for what is met, an exclamation mark for a rule still standing. */
export function CircleIcon({ kind }: { kind: 'met' | 'rule' }) {
  return (
    <svg {...iconProps} className="rk-checklist-icon" data-icon={kind}>
      <circle cx="8" cy="8" r="6" />
      <path d={kind === 'met' ? 'M5.5 8.25l1.75 1.75 3.25-3.5' : 'M8 5v3.25M8 10.75v.01'} />
    </svg>
  );
}

export function EmptyIcon() {
  return (
    <svg {...iconProps} viewBox="0 0 32 32" width={32} height={32} strokeWidth={1.5} className="rk-checklist-empty-icon">
      <rect x="7" y="5" width="18" height="23" rx="2.5" />
      <path d="M12 5V3.5h8V5M11.5 13h9M11.5 17.5h9M11.5 22h5" />
    </svg>
  );
}
