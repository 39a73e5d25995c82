import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
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
import './styles/workspace.css';
import './styles/wellbeing.css';

applyRememberedTheme();

const root = document.getElementById('root');
if (!root) throw new Error('Netwell: the page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
