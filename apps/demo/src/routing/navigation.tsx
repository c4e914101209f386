import { createContext, useContext, type ReactNode } from 'react';
import type { Route } from './routes.ts';

const NavigationContext = createContext<((route: Route) => void) | null>(null);

export function NavigationProvider({
  navigate,
  children,
}: {
  navigate: (route: Route) => void;
  children: ReactNode;
}) {
  return <NavigationContext.Provider value={navigate}>{children}</NavigationContext.Provider>;
}

/** Goes to another page or step (a new hash: the browser's back button works). */
export function useNavigate(): (route: Route) => void {
  const navigate = useContext(NavigationContext);
  if (!navigate) throw new Error('useNavigate must be used inside <NavigationProvider>');
  return navigate;
}
