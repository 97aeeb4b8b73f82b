import { createContext, useContext } from 'react';
import type { ParagrafApi } from '../../shared/contract/api';

/** The API every screen calls; given once at the root. */
export const ApiContext = createContext<ParagrafApi | null>(null);

/** The API of this shell. */
export function useApi(): ParagrafApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
