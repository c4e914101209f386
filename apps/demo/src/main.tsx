import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@barnets-basta/wheel/styles.css';
import '@barnets-basta/sip/styles.css';
import './styles/app.css';
import { App } from './app.tsx';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
