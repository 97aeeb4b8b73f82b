import { useEffect, useState } from 'react';
import type { ParagrafApi } from '../../shared/contract/api';
import type { AppStatus, Organisation } from '../../shared/contract/models';
import type { Language } from '../../shared/i18n/translate';
import { MeetingListScreen } from '../features/meetings/MeetingListScreen';
import { MeetingScreen } from '../features/meetings/MeetingScreen';
import { RegisterScreen } from '../features/register/RegisterScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { CertificatesScreen } from '../features/certificates/CertificatesScreen';
import { TemplatesScreen } from '../features/templates/TemplatesScreen';
import { ApiContext } from './apiContext';
import { ErrorBoundary } from './ErrorBoundary';
import { I18nProvider, useI18n } from './i18n';
import { useRoute } from './useRoute';

/** The whole app: the API, the language and the screens. */
export function App({ api, language }: { api: ParagrafApi; language?: Language }) {
  return (
    <ApiContext.Provider value={api}>
      <I18nProvider language={language}>
        <Shell api={api} />
      </I18nProvider>
    </ApiContext.Provider>
  );
}

function Shell({ api }: { api: ParagrafApi }) {
  const { t, language, setLanguage } = useI18n();
  const [route, navigate] = useRoute();
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => window.paragrafShell?.onNavigate((hash) => (window.location.hash = hash)), []);

  useEffect(() => {
    api.app.status({}).then(setStatus, () => undefined);
    api.organisation.get({}).then(setOrganisation, () => undefined);
  }, [api, route.screen]);

  const notices = dismissed ? [] : (status?.notices ?? []);
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="#/">
          {t('app.name')}
        </a>
        <span className="organisation-name">{organisation?.name}</span>
        <nav aria-label={t('app.name')}>
          <a href="#/" aria-current={route.screen === 'meetings' ? 'page' : undefined}>
            {t('nav.meetings')}
          </a>
          <a href="#/register" aria-current={route.screen === 'register' ? 'page' : undefined}>
            {t('nav.register')}
          </a>
          <a href="#/templates" aria-current={route.screen === 'templates' ? 'page' : undefined}>
            {t('nav.templates')}
          </a>
          <a href="#/settings" aria-current={route.screen === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </a>
          <a href="#/certificates" aria-current={route.screen === 'certificates' ? 'page' : undefined}>
            {t('nav.certificates')}
          </a>
        </nav>
        <button
          type="button"
          className="language-switch"
          onClick={() => setLanguage(language === 'sv' ? 'en' : 'sv')}
          title={t('app.language')}
        >
          {t('app.languageSwitch')}
        </button>
      </header>
      {notices.map((notice) => (
        <div key={notice.movedTo} role="alert" className="notice">
          <span>{t('notice.databaseRecovered', { path: notice.movedTo })}</span>
          <button type="button" onClick={() => setDismissed(true)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
      <main className="content">
        <ErrorBoundary title={t('error.title')} reloadLabel={t('error.reload')}>
          {route.screen === 'meetings' && (
            <MeetingListScreen
              onOpen={(id) => navigate({ screen: 'meeting', id })}
              onOpenReview={(id) => navigate({ screen: 'review', id })}
            />
          )}
          {route.screen === 'meeting' && (
            <MeetingScreen key={route.id} meetingId={route.id} onBack={() => navigate({ screen: 'meetings' })} />
          )}
          {route.screen === 'settings' && <SettingsScreen status={status} onRenamed={setOrganisation} />}
          {route.screen === 'register' && <RegisterScreen />}
          {route.screen === 'review' && (
            <ReviewScreen key={route.id} reviewId={route.id} onBack={() => navigate({ screen: 'meetings' })} />
          )}
          {route.screen === 'templates' && <TemplatesScreen />}
          {route.screen === 'certificates' && <CertificatesScreen />}
        </ErrorBoundary>
      </main>
    </div>
  );
}
