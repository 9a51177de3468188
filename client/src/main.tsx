import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n/i18n';
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
const container: HTMLElement = root;

function render(): void {
  createRoot(container).render(
    <StrictMode>
      <App />
      <LiveRegion />
    </StrictMode>,
  );
}

// English readers wait for the English chunk rather than see German first; if it fails, German is shown.
void i18nReady.then(render, render);
