/** The card that explains a finding on the page: what matched, how sure, and the order behind it. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { describeMatch, LIST_LABELS, statusLine } from '../core/describe';
import { EntryDetails } from '../ui/EntryDetails';
import type { Finding } from './finding';

const GAP = 8;
const MARGIN = 8;

const ROLE_WORDS = { supplier: 'as a supplier', buyer: 'as the buyer' } as const;

export interface CardProps {
  finding: Finding;
  /** Measures the finding's text box in viewport coordinates now: the card never covers it. */
  anchor: () => DOMRect;
  asOf: string;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export function Card({ finding, anchor, asOf, onClose, onPointerEnter, onPointerLeave }: CardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { label, why } = describeMatch(finding.match, finding.entry);

  // Below the text if it fits, else above; kept inside the viewport at the edges. Measured when shown
  // and again on scroll, since focusing a marker may scroll the page after the card was asked for.
  useLayoutEffect(() => {
    const card = ref.current;
    if (!card) return;
    const place = () => {
      const box = anchor();
      card.style.maxHeight = '';
      const { width, height } = card.getBoundingClientRect();
      const vw = document.documentElement.clientWidth;
      const vh = document.documentElement.clientHeight;
      const roomBelow = vh - MARGIN - (box.bottom + GAP);
      const roomAbove = box.top - GAP - MARGIN;
      let top: number;
      if (height <= roomBelow) top = box.bottom + GAP;
      else if (height <= roomAbove) top = box.top - GAP - height;
      else {
        // Neither side fits the whole card: take the roomier side and let the card scroll.
        const room = Math.max(roomBelow, roomAbove, 80);
        card.style.maxHeight = `${room}px`;
        top = roomBelow >= roomAbove ? box.bottom + GAP : box.top - GAP - room;
      }
      const left = Math.min(Math.max(MARGIN, box.left), Math.max(MARGIN, vw - MARGIN - width));
      card.style.top = `${top}px`;
      card.style.left = `${left}px`;
      card.style.visibility = 'visible';
    };
    place();
    window.addEventListener('scroll', place, { passive: true, capture: true });
    return () => window.removeEventListener('scroll', place, { capture: true });
  }, [anchor, finding]);

  return (
    <div
      ref={ref}
      class={`card sev-${finding.severity}`}
      role="dialog"
      aria-label={`WRO Lens: ${finding.entry.name}`}
      tabIndex={-1}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      <header>
        <span class="tier">{label}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>×</button>
      </header>
      <p class="matched">
        {`“${finding.text}”${finding.role ? ` ${ROLE_WORDS[finding.role]}` : ''} matches `}<strong>{finding.entry.name}</strong>
      </p>
      <p class="why">{why}</p>
      {finding.others.map((o) => (
        <p class="also" key={o.entry.id}>{`Also on the ${LIST_LABELS[o.entry.list]} as ${o.entry.name}: ${statusLine(o.entry)}.`}</p>
      ))}
      <EntryDetails entry={finding.entry} asOf={asOf} />
    </div>
  );
}
