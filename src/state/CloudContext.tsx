import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createCloudStore, type CloudState, type CloudStore } from './cloud';

// Without a provider (tests, embeds that never start one) the cloud simply stays off.
const fallback = createCloudStore();

/** Carries the noise cloud's store to components. */
export const CloudContext = createContext<CloudStore>(fallback);

/** The cloud store itself, for effects that subscribe without re-rendering. */
export function useCloudStore(): CloudStore {
  return useContext(CloudContext);
}

/** Reads a slice of the cloud state. */
export function useCloud<T>(selector: (s: CloudState) => T): T {
  return useStore(useCloudStore(), selector);
}
