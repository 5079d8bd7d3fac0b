import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { FramedNotice, isFramed } from './shell/framing.tsx';
import { isProjectorWindow, ProjectorApp } from './workshop/projector.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    {isFramed() ? (
      <FramedNotice href={location.href} />
    ) : isProjectorWindow() ? (
      <ProjectorApp />
    ) : (
      <App />
    )}
  </StrictMode>,
);
