import { useCallback, useEffect, useState } from 'react';
import { href, parseHash, type Route } from './routes.ts';

/**
 * The current hash route and a `navigate` function. Fragments that are not routes (the skip
 * link's `#main`) leave the route as it is.
 */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(
    () => parseHash(window.location.hash) ?? { name: 'start' },
  );

  useEffect(() => {
    const onChange = () => {
      const next = parseHash(window.location.hash);
      if (next) setRoute(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback((next: Route) => {
    const target = href(next);
    if (window.location.hash === target) setRoute(next);
    else window.location.hash = target;
  }, []);

  return [route, navigate];
}
