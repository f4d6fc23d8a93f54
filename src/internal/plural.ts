/** Intl.PluralRules are costly to build; one per locale. */
const rules = new Map<string, Intl.PluralRules>();

/** The plural forms a language may use (CLDR categories); `other` is the only one every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The form of a word for `count` in `locale`, chosen by `Intl.PluralRules` rather than
 * `count === 1`: "1 duty" / "2 duties" in English, one form in Chinese, four in Russian.
 */
export function plural(locale: string | undefined, count: number, forms: PluralForms): string {
  const key = locale ?? '';
  let rule = rules.get(key);
  if (!rule) {
    try {
      rule = new Intl.PluralRules(locale);
    } catch {
      rule = new Intl.PluralRules('en');
    }
    rules.set(key, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}
