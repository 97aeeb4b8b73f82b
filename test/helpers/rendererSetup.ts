// jsdom lacks the layout APIs ProseMirror asks for when it scrolls or measures; give it inert ones.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
// CI machines have two cores shared with other suites: wait for the UI longer than the default second.
configure({ asyncUtilTimeout: 5000 });

const emptyRect = { x: 0, y: 0, top: 0, left: 0, bottom: 0, right: 0, width: 0, height: 0, toJSON: () => ({}) };
function rects() {
  return Object.assign([emptyRect], { item: () => emptyRect }) as unknown as DOMRectList;
}
for (const proto of [Range.prototype, Element.prototype]) {
  proto.getClientRects = rects;
  proto.getBoundingClientRect = () => emptyRect as DOMRect;
}
document.elementFromPoint = () => null;
