/**
 * Defines a custom element once. The drop-in bundle and the npm modules can both be on one
 * page, and a second `customElements.define` of the same name would throw.
 */
export function define(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
