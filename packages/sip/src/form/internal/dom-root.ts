/**
 * Where ids are looked up: the document, or the shadow root a component renders into (as in
 * `<bb-sip-plan>`). `document.getElementById` cannot see into a shadow root, so every lookup by id
 * goes through the root of the node that asks.
 */
export type IdRoot = Document | ShadowRoot;

/**
 * The document or shadow root that holds `node`. A node that is not in a document (not mounted
 * yet, or already removed) has neither: the page's document is the best guess then, and
 * `undefined` is returned only where there is no document at all (server rendering).
 */
export function rootOf(node: Node | null | undefined): IdRoot | undefined {
  const root = node?.getRootNode();
  // nodeType rather than instanceof: a node may come from another window (an iframe).
  if (root?.nodeType === 9) return root as Document;
  if (root?.nodeType === 11 && 'host' in root) return root as ShadowRoot;
  return typeof document === 'undefined' ? undefined : document;
}
