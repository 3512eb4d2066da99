// The address bar holds only where the user is (library, overview, a phase/step page, the
// documents of the dossier, or the knowledge base), never a dossier's name or id (ASVS 14.2.1). The open dossier is kept per tab in
// sessionStorage. Each page has its own history entry, so the browser's Back button works.
import { useEffect, useState } from 'react';
import { phaseIds } from '@/schemas/id-constants';
import type { PhaseId } from '@/schemas/ids';

export type Route =
  | { view: 'library' }
  | { view: 'overview' }
  | { view: 'page'; phase: PhaseId; step: string }
  | { view: 'knowledge'; section?: 'glossary' | 'cases'; id?: string }
  | { view: 'documents'; id?: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts.length === 1 && parts[0] === 'overview') return { view: 'overview' };
  if (parts[0] === 'documents' && parts.length <= 2) {
    const id = parts[1] && /^[a-z0-9-]{1,64}$/.test(parts[1]) ? parts[1] : undefined;
    return { view: 'documents', ...(id ? { id } : {}) };
  }
  if (parts[0] === 'knowledge') {
    const section = parts[1] === 'glossary' || parts[1] === 'cases' ? parts[1] : undefined;
    const id = parts[2] && /^[a-z0-9-]{1,64}$/.test(parts[2]) ? parts[2] : undefined;
    return { view: 'knowledge', ...(section ? { section } : {}), ...(id ? { id } : {}) };
  }
  if (parts.length === 2) {
    const [phase = '', step = ''] = parts;
    const known = phaseIds.find((id) => id === phase);
    if (known && /^[a-z0-9-]{1,64}$/.test(step)) return { view: 'page', phase: known, step };
  }
  return { view: 'library' };
}

export function routeHash(route: Route): string {
  if (route.view === 'library') return '#/';
  if (route.view === 'overview') return '#/overview';
  if (route.view === 'documents') return route.id ? `#/documents/${route.id}` : '#/documents';
  if (route.view === 'knowledge')
    return ['#/knowledge', route.section, route.id].filter(Boolean).join('/');
  return `#/${route.phase}/${route.step}`;
}

export function navigate(route: Route, options: { replace?: boolean } = {}) {
  const hash = routeHash(route);
  if (window.location.hash === hash) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

const OPEN_DOSSIER_KEY = 'jpp-toolbox:open-dossier';

export const openDossierId = () => window.sessionStorage.getItem(OPEN_DOSSIER_KEY) ?? undefined;
export const rememberOpenDossier = (id: string | undefined) =>
  id
    ? window.sessionStorage.setItem(OPEN_DOSSIER_KEY, id)
    : window.sessionStorage.removeItem(OPEN_DOSSIER_KEY);
