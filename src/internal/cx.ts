/** Joins class names, skipping empty ones. The host's `className` goes last. */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
