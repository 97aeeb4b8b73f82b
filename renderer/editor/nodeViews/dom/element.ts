/** What a plain DOM node view sets on an element it creates. */
export interface ElementProps {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

/** Creates an element with a class, text and attributes: plain DOM views draw with it, cheaply. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
