import type { Editor } from '@tiptap/core';
import { useCallback, useSyncExternalStore } from 'react';
import { readOutline, type MeetingOutline } from './meetingOutline';

/** The outline for a React view; re-renders only when the outline object changes, not per keystroke. */
export function useMeetingOutline(editor: Editor): MeetingOutline {
  const subscribe = useCallback(
    (listener: () => void) => {
      editor.on('transaction', listener);
      return () => {
        editor.off('transaction', listener);
      };
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, () => readOutline(editor));
}
