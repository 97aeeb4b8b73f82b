import type { Editor } from '@tiptap/core';
import type { PluginKey } from '@tiptap/pm/state';
import { useCallback, useSyncExternalStore } from 'react';
import type { TriggerMatch, TriggerState } from './inlineTrigger';

/** The trigger match at the cursor while the editor has the focus; re-renders only when it changes. */
export function useTriggerMatch(editor: Editor, key: PluginKey<TriggerState>): TriggerMatch | null {
  const subscribe = useCallback(
    (listener: () => void) => {
      editor.on('transaction', listener);
      editor.on('focus', listener);
      editor.on('blur', listener);
      return () => {
        editor.off('transaction', listener);
        editor.off('focus', listener);
        editor.off('blur', listener);
      };
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, () => (editor.isFocused ? (key.getState(editor.state)?.match ?? null) : null));
}
