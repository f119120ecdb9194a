/**
 * What an organisation's IT sets by policy (Chrome/Edge enterprise policy, Firefox policies.json
 * "3rdparty.Extensions"), read from managed storage. The schema is public/managed_schema.json.
 */
import browser from 'webextension-polyfill';

export interface Policy {
  /** Origins checked on top of the portals (each still needs the user's permission for the site). */
  extraSites: string[];
  /** Origins never checked. */
  neverSites: string[];
  showLifted?: boolean;
  showPossible?: boolean;
  showRegion?: boolean;
  /** Users may not change any setting. */
  lockSettings: boolean;
  /** Users may import their own list (default true). */
  allowImport: boolean;
}

export const NO_POLICY: Policy = { extraSites: [], neverSites: [], lockSettings: false, allowImport: true };

const origins = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => { try { return new URL(v).origin; } catch { return ''; } }).filter((o) => /^https?:/.test(o)) : [];
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);

/** Managed storage holds whatever the policy file said: keep only well-formed values. */
function policyFrom(managed: Record<string, unknown>): Policy {
  const policy: Policy = {
    extraSites: origins(managed.extraSites),
    neverSites: origins(managed.neverSites),
    lockSettings: managed.lockSettings === true,
    allowImport: managed.allowImport !== false,
  };
  for (const key of ['showLifted', 'showPossible', 'showRegion'] as const) {
    const value = flag(managed[key]);
    if (value !== undefined) policy[key] = value;
  }
  return policy;
}

/** Whether the organisation decided anything at all (the settings page says so at the top). */
export function isManaged(policy: Policy): boolean {
  const display = policy.showLifted ?? policy.showPossible ?? policy.showRegion;
  return policy.lockSettings || !policy.allowImport || policy.extraSites.length > 0 || policy.neverSites.length > 0 || display !== undefined;
}

export async function loadPolicy(): Promise<Policy> {
  try {
    return policyFrom(await browser.storage.managed.get());
  } catch {
    // Firefox rejects when no policy names the extension: no policy is the normal case.
    return NO_POLICY;
  }
}
