/** The people holding a role: avatar, name, location and contact links; or the vacancy. */
import { useEffect, useRef, useState } from 'react';
import { initials } from '../internal/format';
import { nonBlank } from '../internal/guards';
import { mailtoHref, safeImageUrl, telHref } from '../internal/url';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import type { Person } from '../model/schema';
import type { RoleCardLabels } from './labels';

/* -------------------------------------------------------------------------------------------------
 * People
 * -----------------------------------------------------------------------------------------------*/

export function Holder({ person, labels }: { person: Person; labels: RoleCardLabels }) {
  const email = nonBlank(person.email);
  const phone = nonBlank(person.phone);
  return (
    <dd className="rk-card-holder" data-slot="role-card-holder">
      <Avatar person={person} />
      <div className="rk-card-holder-body" data-slot="role-card-holder-body">
        <p className="rk-card-holder-name" data-slot="role-card-holder-name">
          <bdi>{person.name}</bdi>
        </p>
        {nonBlank(person.location) && (
          <p className="rk-card-muted" data-slot="role-card-holder-location">
            <bdi>{person.location}</bdi>
          </p>
        )}
        {(email || phone) && (
          <ul className="rk-card-contacts" data-slot="role-card-contacts">
            {email && (
              <li>
                <a className="rk-card-contact" data-slot="role-card-contact" href={mailtoHref(email)}>
                  <MailIcon />
                  <VisuallyHidden>{labels.email}:</VisuallyHidden>{' '}
                  {email}
                </a>
              </li>
            )}
            {phone && (
              <li>
                <a className="rk-card-contact" data-slot="role-card-contact" href={telHref(phone)}>
                  <PhoneIcon />
                  <VisuallyHidden>{labels.phone}:</VisuallyHidden>{' '}
                  {/* Digits and spaces would be reordered right-to-left in an RTL page. */}
                  <span dir="ltr">{phone}</span>
                </a>
              </li>
            )}
          </ul>
        )}
      </div>
    </dd>
  );
}

/**
 * A photo, or initials when there is none or it fails to load. Decorative: the name
 * is always written beside it. The server renders the `<img>`; an image that failed
 * before hydration fired its `error` before React listened, so it is checked again
 * on mount.
 */
export function Avatar({ person }: { person: Person }) {
  const src = safeImageUrl(person.avatarUrl);
  return (
    <span className="rk-avatar" data-slot="role-card-avatar" aria-hidden="true">
      {src ? <AvatarImage key={src} src={src} name={person.name} /> : <span className="rk-avatar-initials" data-slot="role-card-avatar-initials">{initials(person.name)}</span>}
    </span>
  );
}

function AvatarImage({ src, name }: { src: string; name: string }) {
  const [failed, setFailed] = useState(false);
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const img = image.current;
    if (!img?.complete || typeof img.decode !== 'function') return;
    let live = true;
    img.decode().catch(() => {
      if (live) setFailed(true);
    });
    return () => {
      live = false;
    };
  }, []);
  if (failed) return <span className="rk-avatar-initials" data-slot="role-card-avatar-initials">{initials(name)}</span>;
  return <img ref={image} className="rk-avatar-image" data-slot="role-card-avatar-image" src={src} alt="" decoding="async" onError={() => setFailed(true)} />;
}

export function VacantAvatar() {
  return (
    <span className="rk-avatar" data-slot="role-card-avatar" data-vacant="" aria-hidden="true">
      <svg viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" className="rk-avatar-icon" focusable="false">
        <circle cx="10" cy="7.5" r="3" />
        <path d="M4.5 16c.8-2.6 3-4 5.5-4s4.7 1.4 5.5 4" />
      </svg>
    </span>
  );
}

export function VacantBadge({ labels }: { labels: RoleCardLabels }) {
  return (
    <span className="rk-card-badge" data-slot="role-card-vacant" data-vacant="">
      {labels.vacant}
    </span>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Icons (decorative: the link text carries the meaning)
 * -----------------------------------------------------------------------------------------------*/

// width/height: the size without rolekit's stylesheet (CSS overrides them).
const iconProps = { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': true, focusable: false, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round', className: 'rk-card-icon' } as const;

function MailIcon() {
  return (
    <svg {...iconProps}>
      <rect x="2" y="3.5" width="12" height="9" rx="1.5" />
      <path d="M2.5 4.5L8 8.75l5.5-4.25" />
    </svg>
  );
}

function PhoneIcon() {
  return (
    <svg {...iconProps}>
      <path d="M5.5 2.5H3.75A1.25 1.25 0 0 0 2.5 3.9C3 9.3 6.7 13 12.1 13.5a1.25 1.25 0 0 0 1.4-1.25V10.5l-2.75-1-1.25 1.5A7.5 7.5 0 0 1 5 6.5L6.5 5.25z" />
    </svg>
  );
}
