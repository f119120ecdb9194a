/**
 * The procurement portals WRO Lens checks without being asked: the one list the manifest's content-script
 * matches are built from (see vite.config.ts) and the popup and settings page show.
 */
export interface Portal {
  name: string;
  /** Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  matches: string[];
}

export const PORTALS: readonly Portal[] = [
  { name: 'UK Contracts Finder', matches: ['https://www.contractsfinder.service.gov.uk/*'] },
  { name: 'Find a Tender (UK)', matches: ['https://www.find-tender.service.gov.uk/*'] },
  { name: 'Public Contracts Scotland', matches: ['https://www.publiccontractsscotland.gov.uk/*'] },
  { name: 'Sell2Wales', matches: ['https://www.sell2wales.gov.wales/*'] },
  { name: 'eTendersNI', matches: ['https://etendersni.gov.uk/*'] },
  { name: 'SAM.gov', matches: ['https://sam.gov/*'] },
  { name: 'USAspending.gov', matches: ['https://www.usaspending.gov/*'] },
  { name: 'TED (EU)', matches: ['https://ted.europa.eu/*'] },
  { name: 'AusTender', matches: ['https://www.tenders.gov.au/*'] },
  { name: 'CanadaBuys', matches: ['https://canadabuys.canada.ca/*'] },
  { name: 'GETS (New Zealand)', matches: ['https://www.gets.govt.nz/*'] },
  { name: 'Jaggaer', matches: ['https://*.jaggaer.com/*'] },
  { name: 'SAP Ariba', matches: ['https://*.ariba.com/*'] },
  { name: 'Coupa', matches: ['https://*.coupahost.com/*'] },
  { name: 'Proactis / Delta eSourcing', matches: ['https://*.proactisplaza.com/*', 'https://www.delta-esourcing.com/*'] },
  { name: 'In-Tend', matches: ['https://in-tendhost.co.uk/*'] },
  { name: 'Atamis', matches: ['https://*.atamis.co.uk/*'] },
  { name: 'Bravo (Jaggaer)', matches: ['https://*.bravosolution.co.uk/*', 'https://*.bravosolution.com/*'] },
];

/**
 * The demo build (`npm start`) also checks the demo pages it serves on this machine. Match patterns ignore
 * the port, so any port the demo server picks is covered. Store builds never include it.
 */
const DEMO_PORTAL: Portal = { name: 'WRO Lens demo pages (127.0.0.1)', matches: ['http://127.0.0.1/*'] };

declare const __WRO_LENS_DEMO__: boolean | undefined;
const isDemoBuild = typeof __WRO_LENS_DEMO__ !== 'undefined' && __WRO_LENS_DEMO__;

/** The portals one build checks: the demo build adds the demo pages. */
export function portalsFor(demo: boolean): readonly Portal[] {
  return demo ? [...PORTALS, DEMO_PORTAL] : PORTALS;
}

export const PORTAL_MATCHES: readonly string[] = portalsFor(isDemoBuild).flatMap((p) => p.matches);

/** Whether a URL is on a default portal (for the popup's "not checked by default" note). */
export function isPortalUrl(url: string): boolean {
  return PORTAL_MATCHES.some((pattern) => matchesPattern(pattern, url));
}

/** A match-pattern test for the https://host/path patterns above (scheme, host with optional "*.", any path). */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(https?):\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try { u = new URL(url); } catch { return false; }
  if (u.protocol !== `${m[1]}:`) return false;
  return m[2] ? u.hostname === m[3] || u.hostname.endsWith(`.${m[3]}`) : u.hostname === m[3];
}
