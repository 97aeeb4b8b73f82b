import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api/getApi';
import { App } from './app/App';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={getApi()} />
    </StrictMode>,
  );
}
