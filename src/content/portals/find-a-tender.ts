/**
 * UK Find a Tender notices: the contractor's name is the first paragraph after the heading "Name and
 * address of the contractor" (V.2.3); the buyer's after "Name and addresses" (I.1).
 */
import { elementOf, type PortalAdapter } from './types';

function headingBefore(el: Element): string {
  for (let at: Element | null = el.closest('p') ?? el; at; at = at.previousElementSibling) {
    if (/^H[2-4]$/.test(at.tagName)) return at.textContent ?? '';
  }
  return '';
}

export const findATender: PortalAdapter = {
  name: 'Find a Tender',
  hosts: ['www.find-tender.service.gov.uk'],
  roleOf(node) {
    const el = elementOf(node);
    if (!el) return undefined;
    const heading = headingBefore(el);
    if (/name and address of the contractor/i.test(heading)) return 'supplier';
    if (/name and addresses/i.test(heading)) return 'buyer';
    return undefined;
  },
};
