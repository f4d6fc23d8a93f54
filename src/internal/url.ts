/**
 * The only URLs rolekit puts in an href or src. The schema already rejects others;
 * this guards components given data that never went through `parseOrg`.
 */
export function safeLinkUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return /^(?:https?:|mailto:|tel:)/i.test(url.trim()) ? url.trim() : undefined;
}

export function safeImageUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return /^(?:https?:\/\/|data:image\/)/i.test(trimmed) ? trimmed : undefined;
}

export const mailtoHref = (email: string) => `mailto:${encodeURIComponent(email.trim()).replace(/%40/g, '@')}`;
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
