import { safeLinkUrl } from './url';

/**
 * An href the host computed (e.g. `getRoleHref(roleId)`), unlike URLs from data,
 * may be relative: `/roles/x`, `./x`, `?role=x`, `#x`. Those pass, as do the
 * schemes `safeLinkUrl` allows; any other scheme (`javascript:`, `data:`…) is
 * dropped, so a role id that reaches a template string cannot become script.
 */
export function safeHostHref(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  // A scheme is letters, digits, + - . before the first colon, ahead of any / ? #.
  // Browsers ignore control characters and tabs/newlines in a scheme ("java\tscript:"),
  // so look for one with every control character and space removed: stricter, never looser.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point (see above)
  const scheme = /^[a-z][a-z\d+.-]*:/i.exec(trimmed.replace(/[\u0000-\u0020]/g, ''));
  if (!scheme) return trimmed;
  return safeLinkUrl(trimmed);
}
