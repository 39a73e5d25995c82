import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadFirstPage } from './app/pages';
import { parseHash } from './app/useRoute';
import { applyRememberedTheme } from './features/settings/useSettings';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/contacts.css';
import './styles/crm.css';
import './styles/events.css';
import './styles/import.css';
import './styles/meetings.css';
import './styles/schedule.css';
import './styles/sync.css';
import './styles/workspace.css';
import './styles/wellbeing.css';

applyRememberedTheme();
loadFirstPage(parseHash(location.hash).area);

const root = document.getElementById('root');
if (!root) throw new Error('Netwell: the page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
