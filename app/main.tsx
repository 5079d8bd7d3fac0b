import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { LanguageRoot } from './i18n/language-root.tsx';
import { languageStore } from './i18n/language-store.ts';
import { FramedNotice, isFramed } from './shell/framing.tsx';
import { isProjectorWindow, ProjectorApp } from './workshop/projector.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The app's language first (its catalogue, when it is not English), then the app in it.
void languageStore.start().then(() => {
  createRoot(root).render(
    <StrictMode>
      <LanguageRoot>
        {isFramed() ? (
          <FramedNotice href={location.href} />
        ) : isProjectorWindow() ? (
          <ProjectorApp />
        ) : (
          <App />
        )}
      </LanguageRoot>
    </StrictMode>,
  );
});
