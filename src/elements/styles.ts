// Every component's CSS (dist/styles.css's source) and the elements' own, as strings: Vite
// inlines the @imports of `?inline`, tsup's cssText plugin (tsup.config.ts) does the same.
import components from '../styles.css?inline';
import own from './elements.css?inline';

const css = `${own}\n${components}`;

/**
 * One constructable stylesheet per document, adopted by every rolekit shadow root in it:
 * a page with 50 cards parses the CSS once. Keyed by document because a sheet can only be
 * adopted by shadow roots of the document whose CSSStyleSheet constructed it.
 */
const sheets = new WeakMap<Document, CSSStyleSheet>();

export function adoptStyles(shadow: ShadowRoot): void {
  const doc = shadow.ownerDocument;
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in shadow)) {
    // Browsers before constructable stylesheets (Safari < 16.4): a <style> per root.
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.prepend(style);
    return;
  }
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(css);
    tokensToHost(sheet);
    sheets.set(doc, sheet);
  }
  if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}

/**
 * The stylesheet declares its --rk-* tokens on each component's root (`.rk-root`), where a
 * React host overrides them. Inside a shadow root the host page cannot reach `.rk-root`:
 * only the element itself. So the token declarations move to `:host` (the dark and auto
 * themes to `:host([theme=…])`), and a page's `rolekit-org-chart { --rk-color-accent: … }`
 * wins over them: for normal declarations, the page's rule beats the shadow tree's `:host`.
 */
function tokensToHost(group: CSSStyleSheet | CSSGroupingRule): void {
  const rules = group.cssRules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if ('cssRules' in rule && !('style' in rule)) {
      tokensToHost(rule as CSSGroupingRule);
      continue;
    }
    if (!(rule instanceof CSSStyleRule)) continue;
    const selector = rule.selectorText;
    const theme = /data-rk-theme="(\w+)"/.exec(selector)?.[1];
    if (!theme && !/^:where\(\.rk-[\w-]+\)$/.test(selector)) continue;
    const tokens: string[] = [];
    for (const name of Array.from(rule.style)) {
      if (!name.startsWith('--rk-')) continue;
      tokens.push(`${name}:${rule.style.getPropertyValue(name)}`);
      rule.style.removeProperty(name);
    }
    if (!tokens.length) continue;
    group.insertRule(`${theme ? `:host([theme="${theme}"])` : ':host'}{${tokens.join(';')}}`, i);
    i++;
  }
}
