/**
 * The badge on a field or editor with findings: the count, in the colour and shape of the most severe
 * one. It is a button, so keyboard users reach the card too; it never takes focus by itself.
 */
import { SEVERITY_RANK, type Severity } from '../core/severity';
import type { Finding } from './finding';

export function createBadge(doc: Document, findings: readonly Finding[]): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  updateBadge(button, findings);
  return button;
}

export function updateBadge(button: HTMLButtonElement, findings: readonly Finding[]): void {
  const worst = findings.reduce<Severity>((s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s), 'lifted');
  button.className = `badge sev-${worst}`;
  button.textContent = String(findings.length);
  const names = findings.length === 1 ? '1 listed name' : `${findings.length} listed names`;
  button.setAttribute('aria-label', `WRO Lens: ${names} in this field. Press Enter for details.`);
}
