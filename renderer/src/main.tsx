import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setNumberLocale } from '../../shared/format';
import { App } from './App';
import './styles/theme.css';
import './styles/app.css';

// Numbers are shown and typed the way this machine writes them (7.5 or 7,5).
setNumberLocale(navigator.language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
