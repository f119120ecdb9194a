/** Per-portal adapters, one small file each; the right one is picked by host name. */
import { contractsFinder } from './contracts-finder';
import { findATender } from './find-a-tender';
import type { PortalAdapter } from './types';

const ADAPTERS: readonly PortalAdapter[] = [contractsFinder, findATender];

export function adapterFor(hostname: string): PortalAdapter | undefined {
  return ADAPTERS.find((a) => a.hosts.includes(hostname));
}

export type { PortalAdapter, Role } from './types';
