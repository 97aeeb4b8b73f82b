import { useEffect, useState, type FormEvent } from 'react';
import type { TemplateDetail } from '../../../shared/contract/models';
import type { AgendaItemSeed } from '../../../shared/document/buildMinutes';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { FormMessage, type FormMessageValue } from '../../app/FormMessage';

/** Edits a template's name and its agenda: titles, presenter, beslutsunderlag, förslag till beslut. */
export function TemplateEditor({
  template,
  onSaved,
  onDeleted,
}: {
  template: TemplateDetail;
  onSaved: () => void;
  onDeleted: () => void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [name, setName] = useState(template.name);
  const [items, setItems] = useState<AgendaItemSeed[]>(template.items);
  const [message, setMessage] = useState<FormMessageValue | null>(null);

  useEffect(() => {
    setName(template.name);
    setItems(template.items);
    setMessage(null);
  }, [template]);

  function change(index: number, patch: Partial<AgendaItemSeed>) {
    setItems((current) => current.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  }

  function move(index: number, offset: number) {
    setItems((current) => {
      const target = index + offset;
      if (target < 0 || target >= current.length) return current;
      const next = [...current];
      const [item] = next.splice(index, 1);
      next.splice(target, 0, item!);
      return next;
    });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await api.templates.update({ id: template.id, name, items: items.map(cleanSeed) });
      setMessage({ error: false, text: t('templates.saved') });
      onSaved();
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  async function remove() {
    try {
      await api.templates.delete({ id: template.id });
      onDeleted();
    } catch (error) {
      setMessage({ error: true, text: errorText(t, error) });
    }
  }

  return (
    <form className="template-editor" onSubmit={save}>
      <label>
        {t('templates.name')}
        <input value={name} onChange={(event) => setName(event.target.value)} maxLength={200} required />
      </label>
      <h3>{t('templates.items')}</h3>
      <ol className="template-items">
        {items.map((item, index) => (
          <li key={index}>
            <div className="template-item-row">
              <input
                aria-label={`${t('templates.itemTitle')} ${index + 1}`}
                value={item.title}
                maxLength={300}
                onChange={(event) => change(index, { title: event.target.value })}
              />
              <button type="button" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`${t('templates.moveUp')} ${index + 1}`}>
                ↑
              </button>
              <button
                type="button"
                onClick={() => move(index, 1)}
                disabled={index === items.length - 1}
                aria-label={`${t('templates.moveDown')} ${index + 1}`}
              >
                ↓
              </button>
              <button
                type="button"
                onClick={() => setItems((current) => current.filter((_item, at) => at !== index))}
                disabled={items.length === 1}
                aria-label={`${t('templates.removeItem')} ${index + 1}`}
              >
                ×
              </button>
            </div>
            <details>
              <summary>
                {t('templates.presenter')}, {t('templates.basis').toLowerCase()}, {t('templates.proposal').toLowerCase()}
              </summary>
              <label>
                {t('templates.presenter')}
                <input value={item.presenter ?? ''} maxLength={200} onChange={(event) => change(index, { presenter: event.target.value })} />
              </label>
              <label>
                {t('templates.basis')}
                <textarea value={item.basis ?? ''} maxLength={4000} rows={2} onChange={(event) => change(index, { basis: event.target.value })} />
              </label>
              <label>
                {t('templates.proposal')}
                <textarea value={item.proposal ?? ''} maxLength={4000} rows={2} onChange={(event) => change(index, { proposal: event.target.value })} />
              </label>
            </details>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => setItems((current) => [...current, { title: '' }])}>
          {t('templates.addItem')}
        </button>
        <button type="submit" className="primary">
          {t('templates.save')}
        </button>
        {!template.builtin && (
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('templates.delete')}
          </button>
        )}
      </div>
      <FormMessage message={message} />
    </form>
  );
}

function cleanSeed(item: AgendaItemSeed): AgendaItemSeed {
  const seed: AgendaItemSeed = { title: item.title.trim() };
  if (item.presenter?.trim()) seed.presenter = item.presenter.trim();
  if (item.basis?.trim()) seed.basis = item.basis;
  if (item.proposal?.trim()) seed.proposal = item.proposal;
  return seed;
}
