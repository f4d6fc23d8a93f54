/**
 * The focused element in `node`'s own tree. Inside a shadow root (the custom elements),
 * `document.activeElement` is the shadow host, never the node that has focus.
 */
export function activeElementOf(node: Node): Element | null {
  return (node.getRootNode() as Document | ShadowRoot).activeElement ?? null;
}
