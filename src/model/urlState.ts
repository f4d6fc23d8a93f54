/**
 * An org chart's view state as a URL query string, so a link opens the same view:
 * `?focus=ceo&expanded=ceo,cfo&selected=cfo&q=sales&view=list&zoom=0.72`. Pure and
 * React-free: a server route can read the request's query with it and render that view.
 *
 * - Ids are percent-encoded one by one and joined by literal commas, so an id may hold
 *   any character (a comma in an id is `%2C`, the separator is `,`).
 * - Reading never throws: a malformed escape, an empty id, an unknown view, a zoom that is
 *   not a positive number are dropped (that field is absent, the chart's default applies);
 *   a repeated key: the first wins.
 * - Keys that are not the chart's are ignored when reading and kept, as written, when
 *   writing over an existing query (`orgChartStateToSearch(state, location.search)`), so
 *   the host's own parameters survive.
 */

/** What a link restores. An absent field: the chart's default for it. */
export interface OrgChartUrlState {
  /** The role whose team is shown (the chart's `focusId`). */
  focus?: string | undefined;
  /** The expanded roles; `[]`: every role collapsed. */
  expanded?: readonly string[] | undefined;
  /** The selected role. */
  selected?: string | undefined;
  /** The search text (written only when not empty). */
  query?: string | undefined;
  view?: 'chart' | 'list' | undefined;
  /** The chart's scale (1: 100 %). */
  zoom?: number | undefined;
}

/** Field → query key, in the order they are written. */
const KEYS = [
  ['focus', 'focus'],
  ['expanded', 'expanded'],
  ['selected', 'selected'],
  ['query', 'q'],
  ['view', 'view'],
  ['zoom', 'zoom'],
] as const;
const OURS = new Set<string>(KEYS.map(([, key]) => key));

/** Undefined for what cannot be decoded (`%E0%A4%A`) or encoded (a lone surrogate). */
const decode = (text: string): string | undefined => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
};
const encode = (text: string): string | undefined => {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined;
  }
};

/** `?a=1&b` → `[['a', '1', 'a=1'], ['b', '', 'b']]`: key, value, the pair as written (still encoded); empty pairs dropped. */
const pairs = (search: string) =>
  search
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((pair): [string, string, string] => {
      const at = pair.indexOf('=');
      return at < 0 ? [pair, '', pair] : [pair.slice(0, at), pair.slice(at + 1), pair];
    });

/**
 * The state as a query string (`?…`, or `''` when there is nothing to write). With `search`
 * (the current `location.search`), its other parameters are kept, in their place and as
 * written; the chart's own are replaced.
 */
export function orgChartStateToSearch(state: OrgChartUrlState, search = ''): string {
  const out: string[] = [];
  for (const [key, , pair] of pairs(typeof search === 'string' ? search : '')) if (!OURS.has(decode(key) ?? key)) out.push(pair);
  for (const [field, key] of KEYS) {
    const value = state[field];
    let text: string | undefined;
    if (field === 'expanded') {
      if (!Array.isArray(value)) continue;
      text = (value as readonly string[]).map((id) => encode(String(id)) ?? '').filter(Boolean).join(',');
    } else if (field === 'zoom') {
      if (!(typeof value === 'number' && value > 0 && Number.isFinite(value))) continue;
      text = String(value);
    } else {
      if (typeof value !== 'string' || value === '' || (field === 'view' && value !== 'chart' && value !== 'list')) continue;
      text = encode(value);
      if (text === undefined) continue;
    }
    out.push(`${key}=${text}`);
  }
  return out.length ? `?${out.join('&')}` : '';
}

/** The state a query string holds (only the fields it names and that make sense). Never throws. */
export function orgChartStateFromSearch(search: string): OrgChartUrlState {
  const state: { -readonly [F in keyof OrgChartUrlState]: OrgChartUrlState[F] } = {};
  if (typeof search !== 'string') return state;
  const seen = new Set<string>();
  for (const [rawKey, raw] of pairs(search)) {
    const key = decode(rawKey);
    const field = KEYS.find(([, k]) => k === key)?.[0];
    if (!field || seen.has(field)) continue;
    seen.add(field);
    if (field === 'expanded') {
      state.expanded = raw === '' ? [] : raw.split(',').map((id) => decode(id) ?? '').filter(Boolean);
      continue;
    }
    const value = decode(raw);
    if (!value) continue;
    if (field === 'zoom') {
      const zoom = Number(value);
      if (zoom > 0 && Number.isFinite(zoom)) state.zoom = zoom;
    } else if (field === 'view') {
      if (value === 'chart' || value === 'list') state.view = value;
    } else state[field] = value;
  }
  return state;
}
