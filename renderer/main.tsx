import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api/getApi';
import { openMeetingInAddress } from './api/openEarly';
import { App } from './app/App';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const api = openMeetingInAddress(getApi(), window.location.hash);
  createRoot(root).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>,
  );
}
