/**
 * Defensive reads for data that may not have been through `parseOrg` / `parseRole`:
 * components render what they can instead of trusting the declared type.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The string when it has visible content, else `undefined`. */
export const nonBlank = (value: unknown): string | undefined => (typeof value === 'string' && /\S/.test(value) ? value : undefined);

/** The non-blank strings of an array; anything else reads as empty. */
export const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => nonBlank(item) !== undefined) : []);
