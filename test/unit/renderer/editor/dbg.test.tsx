import userEvent from '@testing-library/user-event';
import { it } from 'vitest';
import { endOf, mountEditor } from './support/mountEditor';
it('dbg', async () => {
  const mounted = await mountEditor();
  const user = userEvent.setup();
  mounted.editor.commands.setTextSelection(endOf(mounted.editor, 'paragraph', 0));
  mounted.editor.view.focus();
  let votes = 0; mounted.editor.state.doc.descendants((n) => { if (n.type.name === 'vote') votes++; });
  console.log('before', votes, document.activeElement?.className);
  await user.keyboard('{Alt>}{Shift>}V{/Shift}{/Alt}');
  votes = 0; mounted.editor.state.doc.descendants((n) => { if (n.type.name === 'vote') votes++; });
  console.log('after', votes, mounted.editor.state.selection.toJSON());
  await new Promise((r) => setTimeout(r, 200));
  console.log('active', document.activeElement?.outerHTML.slice(0, 200));
  mounted.unmount();
});
