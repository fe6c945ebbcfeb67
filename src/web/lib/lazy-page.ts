import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page loaded on first visit rather than with the app: each area's pages become their own
 * chunk, so a referent on a phone does not download the workshop's or the coordinators'
 * screens. The layouts render pages inside a Suspense boundary showing the page loader.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
