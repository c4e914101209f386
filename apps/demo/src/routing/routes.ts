/**
 * Hash routes: the demo is static files, so no server has to know its paths, and the browser's
 * back button and a reload keep the user on the same step.
 */
export const ABSENCE_STEPS = 8;

export type SipStep = 'start' | 'meeting' | 'plan';
export const SIP_STEPS: readonly SipStep[] = ['start', 'meeting', 'plan'];

export type Route =
  | { name: 'start' }
  | { name: 'absence'; step: number }
  | { name: 'sip'; step: SipStep }
  | { name: 'follow-up' }
  | { name: 'privacy' }
  | { name: 'accessibility' }
  | { name: 'not-found' };

const SIP_SLUGS: Record<SipStep, string> = { start: 'forberedelse', meeting: 'mote', plan: 'plan' };

/** The hash (with `#`) of a route. */
export function href(route: Route): string {
  switch (route.name) {
    case 'start':
      return '#/';
    case 'absence':
      return `#/franvaro/steg-${route.step}`;
    case 'sip':
      return `#/sip/${SIP_SLUGS[route.step]}`;
    case 'follow-up':
      return '#/uppfoljning';
    case 'privacy':
      return '#/om-uppgifterna';
    case 'accessibility':
      return '#/tillganglighet';
    case 'not-found':
      return '#/finns-inte';
  }
}

/**
 * The route of a hash, or `null` for an in-page fragment such as `#main` (the skip link), which
 * must not change the page.
 */
export function parseHash(hash: string): Route | null {
  if (hash === '' || hash === '#' || hash === '#/') return { name: 'start' };
  if (!hash.startsWith('#/')) return null;
  const path = hash.slice(2).replace(/\/+$/, '');
  const absence = /^franvaro(?:\/steg-(\d+))?$/.exec(path);
  if (absence) {
    const step = absence[1] === undefined ? 1 : Number(absence[1]);
    return step >= 1 && step <= ABSENCE_STEPS ? { name: 'absence', step } : { name: 'not-found' };
  }
  if (path === 'sip') return { name: 'sip', step: 'start' };
  const sip = /^sip\/([a-z-]+)$/.exec(path);
  if (sip) {
    const step = SIP_STEPS.find((s) => SIP_SLUGS[s] === sip[1]);
    return step ? { name: 'sip', step } : { name: 'not-found' };
  }
  if (path === 'uppfoljning') return { name: 'follow-up' };
  if (path === 'om-uppgifterna') return { name: 'privacy' };
  if (path === 'tillganglighet') return { name: 'accessibility' };
  return { name: 'not-found' };
}

/** A stable key for a route, to notice when the page changes. */
export function routeKey(route: Route): string {
  return href(route);
}
