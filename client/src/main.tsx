import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
import { App } from './app/App';
import './styles/base.css';
import './styles/landing.css';
import './styles/board.css';
import './styles/note.css';
import './styles/toolbar.css';
import './styles/groups.css';
import './styles/insights.css';
import './styles/workshop.css';
import './styles/content.css';
import './styles/questions.css';
import './styles/series.css';
import './styles/votes.css';
import './styles/results.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
