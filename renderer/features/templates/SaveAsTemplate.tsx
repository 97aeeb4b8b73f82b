import { useRef, useState, type FormEvent } from 'react';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useDismiss } from '../../app/useDismiss';
import { useI18n } from '../../app/i18n';
import { FormMessage, type FormMessageValue } from '../../app/FormMessage';

/** "Spara som mall": the meeting's agenda becomes a template for the next meeting. */
export function SaveAsTemplate({ meetingId, defaultName, beforeSave }: { meetingId: string; defaultName: string; beforeSave: () => Promise<void> }) {
  const api = useApi();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(defaultName);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Escape cancels; a click elsewhere leaves the form as it is, with the name typed so far.
  useDismiss(open, form, button, () => setOpen(false), { outside: false });

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await beforeSave();
      const template = await api.templates.saveFromMeeting({ meetingId, name });
      setMessage({ error: false, text: t('templates.saveAsDone', { name: template.name }) });
      setOpen(false);
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  return (
    <div className="save-as-template">
      {open ? (
        <form onSubmit={save} className="inline-form" ref={form}>
          <label>
            {t('templates.saveAsName')}
            <input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} required autoFocus />
          </label>
          <button type="submit" className="primary" disabled={!name.trim()}>
            {t('settings.save')}
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            {t('newMeeting.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" ref={button} onClick={() => setOpen(true)}>
          {t('templates.saveAs')}
        </button>
      )}
      <FormMessage message={message} as="span" />
    </div>
  );
}
