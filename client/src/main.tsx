import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n';
// Global styles first: each view's own CSS, imported by its components, must come after them.
import './styles/base.css';
import './styles/landing.css';
import './styles/page-header.css';
import './styles/note.css';
import './styles/toolbar.css';
import './styles/groups.css';
import './styles/insights.css';
import './styles/controls.css';
import './styles/panels.css';
import './styles/print.css';
import './styles/display.css';
import { App } from './app/App';
import { LiveRegion } from './ui/LiveRegion';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App />
    <LiveRegion />
  </StrictMode>,
);
