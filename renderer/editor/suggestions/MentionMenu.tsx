import type { Editor } from '@tiptap/core';
import { useI18n } from '../../app/i18n';
import { meetingContext } from '../context/meetingContext';
import { hasExactName, matchPeople, type DirectoryEntry } from '../people/peopleDirectory';
import { usePeopleDirectory } from '../people/usePeopleDirectory';
import { applyPerson, linkPersonId } from './applyPerson';
import type { TriggerMatch } from './inlineTrigger';
import { mentionTriggerKey } from './mentionTrigger';
import { SuggestionPopup } from './SuggestionPopup';
import { useTriggerMatch } from './useTriggerMatch';

type MentionItem = { kind: 'person'; entry: DirectoryEntry } | { kind: 'add'; name: string };

/**
 * Adds a person nobody has to the register. The typed name goes into the minutes at once (nothing
 * typed is lost, even if the register cannot be reached); the register id follows when it is known.
 */
function addToRegister(editor: Editor, match: TriggerMatch, name: string, failed: string): void {
  const entryId = applyPerson(editor, match, { personId: null, name });
  const context = meetingContext(editor);
  context.people.create(name).then(
    (person) => {
      if (entryId !== null && !editor.isDestroyed) linkPersonId(editor, entryId, name, person.id);
    },
    () => context.notices.post(failed, 'error'),
  );
}

/** The list "@" opens: people from the meeting, the body and the register, and "Lägg till … i registret". */
export function MentionMenu({ editor }: { editor: Editor }) {
  const { t } = useI18n();
  const match = useTriggerMatch(editor, mentionTriggerKey);
  const directory = usePeopleDirectory(editor);
  if (!match) return null;
  const query = match.query.trim();
  const items: MentionItem[] = matchPeople(directory, query).map((entry) => ({ kind: 'person', entry }));
  if (query.length >= 2) items.push({ kind: 'add', name: query });
  return (
    <SuggestionPopup<MentionItem>
      editor={editor}
      match={match}
      controller={editor.storage.mentionTrigger.controller}
      label={t('people.completion')}
      items={items}
      itemKey={(item) => (item.kind === 'person' ? item.entry.key : 'add')}
      render={(item) =>
        item.kind === 'person' ? (
          <>
            <span className="completion-name">{item.entry.ref.name}</span>
            {item.entry.detail && <span className="completion-detail">{item.entry.detail}</span>}
          </>
        ) : (
          <span className="completion-add">{t(hasExactName(directory, item.name) ? 'people.addAnother' : 'people.add', { name: item.name })}</span>
        )
      }
      onChoose={(item) => {
        if (item.kind === 'person') applyPerson(editor, match, item.entry.ref);
        else addToRegister(editor, match, item.name, t('people.addFailed', { name: item.name }));
      }}
    />
  );
}
