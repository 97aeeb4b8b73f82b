import type { Editor } from '@tiptap/core';
import { useCallback, useSyncExternalStore } from 'react';

/** Whether the minutes may be changed now; a node view re-renders when they are locked or opened. */
export function useEditable(editor: Editor): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      editor.on('update', listener);
      return () => {
        editor.off('update', listener);
      };
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, () => editor.isEditable);
}
