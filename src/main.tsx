// Entry point: configure zod for the strict CSP before anything uses it, then mount the app.
import './app/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { registerServiceWorker } from './app/service-worker';
import { reloadOnStaleChunks } from './app/stale-chunks';
import './ui/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  registerServiceWorker();
  reloadOnStaleChunks();
}
