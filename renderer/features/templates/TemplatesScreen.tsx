import { useCallback, useEffect, useState } from 'react';
import type { Template, TemplateDetail } from '../../../shared/contract/models';
import { useApi } from '../../app/apiContext';
import { errorText } from '../../app/errorText';
import { useI18n } from '../../app/i18n';
import { TemplateEditor } from './TemplateEditor';

/** The templates: built-in ones and those saved from meetings, each editable. */
export function TemplatesScreen() {
  const api = useApi();
  const { t } = useI18n();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [selected, setSelected] = useState<TemplateDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(() => {
    api.templates.list({}).then(setTemplates, (failure: unknown) => setError(errorText(t, failure)));
  }, [api, t]);

  useEffect(reload, [reload]);

  function open(id: string) {
    api.templates.get({ id }).then(setSelected, (failure: unknown) => setError(errorText(t, failure)));
  }

  return (
    <section className="templates">
      <h1>{t('templates.heading')}</h1>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="register-columns">
        <nav className="body-list" aria-label={t('templates.heading')}>
          <ul>
            {templates.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  className={template.id === selected?.id ? 'selected' : undefined}
                  aria-pressed={template.id === selected?.id}
                  onClick={() => open(template.id)}
                >
                  {template.name} {template.builtin && <span className="muted">({t('templates.builtin')})</span>}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="body-detail">
          {selected ? (
            <TemplateEditor
              template={selected}
              onSaved={reload}
              onDeleted={() => {
                setSelected(null);
                reload();
              }}
            />
          ) : (
            <p className="empty">{t('templates.choose')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
