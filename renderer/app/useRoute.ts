import { useEffect, useRef, useState } from 'react';

/** Screens reached by a plain hash (`#/register`); the meeting list is `#/`. */
export const simpleScreens = ['settings', 'register', 'templates', 'certificates'] as const;
/** A screen without parameters. */
export type SimpleScreen = (typeof simpleScreens)[number];

/** Where the app is: the meeting list, one meeting, or another screen. */
export type Route =
  | { screen: 'meetings' }
  | { screen: 'meeting'; id: string }
  | { screen: 'review'; id: string }
  | { screen: SimpleScreen };

/** Reads a route from the location hash, so a reload returns to the same screen. */
export function parseRoute(hash: string): Route {
  const meeting = /^#\/meeting\/([A-Za-z0-9_-]{1,64})$/.exec(hash);
  if (meeting?.[1]) return { screen: 'meeting', id: meeting[1] };
  const review = /^#\/review\/([A-Za-z0-9_-]{1,64})$/.exec(hash);
  if (review?.[1]) return { screen: 'review', id: review[1] };
  const simple = simpleScreens.find((screen) => hash === `#/${screen}`);
  if (simple) return { screen: simple };
  return { screen: 'meetings' };
}

/** The hash of a route. */
export function routeHash(route: Route): string {
  if (route.screen === 'meeting') return `#/meeting/${route.id}`;
  if (route.screen === 'review') return `#/review/${route.id}`;
  if (route.screen === 'meetings') return '#/';
  return `#/${route.screen}`;
}

/** Asked before the app leaves the current screen; false keeps it there. */
type LeaveGuard = () => boolean;
let leaveGuard: LeaveGuard | null = null;

/**
 * Lets a screen be asked before the app leaves it (a link in the top bar, the back button, "Alla
 * möten"): the meeting screen asks when its text cannot be saved. Returns the way to stop asking.
 */
export function guardLeaving(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

/** The current route and a way to go elsewhere. */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  const current = useRef(route);
  current.current = route;
  useEffect(() => {
    const onHashChange = () => {
      const next = parseRoute(window.location.hash);
      if (routeHash(next) === routeHash(current.current)) return;
      // Kept on the screen: the address goes back to it, without a step in the history.
      if (leaveGuard && !leaveGuard()) window.history.replaceState(null, '', routeHash(current.current));
      else setRoute(next);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = (next: Route) => {
    if (routeHash(next) !== routeHash(current.current) && leaveGuard && !leaveGuard()) return;
    current.current = next;
    window.location.hash = routeHash(next);
    setRoute(next);
  };
  return [route, navigate];
}
