/** The toolbar badge: how many distinct listed entities the page names, coloured by the most severe. */
import browser from 'webextension-polyfill';
import type { PageFinding } from '../core/findings';
import type { Severity } from '../core/severity';

const BADGE_COLOURS: Record<Severity, string> = {
  active: '#b00020',
  possible: '#965500',
  region: '#5b3c8c',
  lifted: '#646464',
};

/** `findings` arrive sorted most severe first. */
export async function showBadge(tabId: number, findings: readonly PageFinding[]): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: findings.length ? String(findings.length) : '' });
  if (findings[0]) await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOURS[findings[0].severity] });
}
