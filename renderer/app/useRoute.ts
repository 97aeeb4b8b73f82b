import { useEffect, useState } from 'react';

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

/** The current route and a way to go elsewhere. */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = (next: Route) => {
    window.location.hash = routeHash(next);
    setRoute(next);
  };
  return [route, navigate];
}
