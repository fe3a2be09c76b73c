// Entry point: mounts the app into index.html's #root with its stylesheets.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/base.css';
import './styles/shell.css';
import './styles/forms.css';
import './styles/cases.css';
import './styles/accounts.css';
import './styles/credentials.css';
import './styles/questionnaire.css';
import './styles/case-life.css';
import './styles/discussion.css';
import './styles/feeds.css';
import './styles/notifications.css';
import './styles/writing.css';
import './styles/collective.css';
import './styles/report.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain an element with id "root"');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
