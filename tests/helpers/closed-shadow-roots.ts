/**
 * The card's shadow root is closed, so `host.shadowRoot` is null for tests too. Importing this
 * module records every shadow root made from then on (closed ones included) by its host, through
 * the `attachShadow` call that made it: tests read the card as the content script itself does.
 */
const roots = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function attachShadowRecorded(this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attach.call(this, init);
  roots.set(this, root);
  return root;
};

/** The shadow root made on `host`, open or closed; null when none was made since this module loaded. */
export function shadowRootOf(host: Element | null | undefined): ShadowRoot | null {
  return host ? (roots.get(host) ?? null) : null;
}
