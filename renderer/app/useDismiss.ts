import { useEffect, useRef, type RefObject } from 'react';

/**
 * Closes an open panel the way a desktop app's panels close: Escape while the focus is in it, or,
 * when `outside` is set, a mouse or pen press outside it. The focus then goes back to `returnTo`,
 * the button that opened it, unless the press put it somewhere else. What was chosen or typed in
 * the panel is the caller's state and stays for the next time it opens.
 */
export function useDismiss(
  open: boolean,
  panel: RefObject<HTMLElement | null>,
  returnTo: RefObject<HTMLElement | null>,
  close: () => void,
  { outside = true }: { outside?: boolean } = {},
): void {
  const closeRef = useRef(close);
  closeRef.current = close;
  const focusBack = useRef(false);
  const wasOpen = useRef(open);
  // After the render that closed the panel, when the button is on the page again: after Escape, or
  // when the focus was left on nothing (its own Avbryt or Stäng went away with it).
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (!closed) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (focusBack.current || lost) returnTo.current?.focus();
    focusBack.current = false;
  }, [open, returnTo]);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: Event) => {
      const target = event.target;
      if (panel.current && target instanceof Node && !panel.current.contains(target)) closeRef.current();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !panel.current?.contains(document.activeElement)) return;
      event.preventDefault();
      focusBack.current = true;
      closeRef.current();
    };
    if (outside) document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, outside, panel]);
}
