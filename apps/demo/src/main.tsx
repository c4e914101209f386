import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@barnets-basta/wheel/styles.css';
import '@barnets-basta/sip/styles.css';
import './styles/app.css';
import { App } from './app.tsx';
import { addedLanguagesReady } from './i18n/languages.ts';
import { loadLocale } from './state/locale.ts';

const root = document.getElementById('root');
const render = () => {
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};
// A saved language added as data (Arabic, lättläst) is registered before the first render; Swedish
// and English, the usual case, render at once.
const saved = loadLocale();
if (saved === 'sv' || saved === 'en') render();
else void addedLanguagesReady(saved).then(render, render);
