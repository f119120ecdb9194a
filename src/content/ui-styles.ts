/** Styles of the extension's layer on the page (inside its closed shadow root, so the page's CSS cannot reach it). */
import highlightCss from '../../public/content/highlights.css?raw';

/** Underlines in form fields look exactly like highlights in page text: the same rules, on the overlay's spans. */
const FIELD_UNDERLINES = highlightCss.replace(/::highlight\(wro-lens-(\w+)\)/g, '.mirror .sev-$1');

export const UI_STYLES = `
:host { all: initial; }
.field-overlay { position: absolute; overflow: hidden; pointer-events: none; }
.mirror { box-sizing: border-box; margin: 0; border: 0; color: transparent; overflow: visible; }
${FIELD_UNDERLINES}
.marker {
  position: absolute; width: 14px; height: 14px; margin: 0; padding: 0; border-radius: 50%;
  border: 2px solid #fff; box-shadow: 0 0 0 1px rgb(0 0 0 / 0.35); cursor: pointer;
  font: 700 9px/10px system-ui, sans-serif; color: #fff; text-align: center;
}
/* Glyphs are decoration: the marker's aria-label says it all ("/ \"\"" gives them no spoken text). */
.marker::before { content: "!" / ""; }
.marker.sev-active { background: #b00020; }
.marker.sev-possible { background: #965500; border-radius: 3px; }
.marker.sev-possible::before { content: "?" / ""; }
.marker.sev-region { background: #5b3c8c; border-radius: 2px; transform: rotate(45deg); }
.marker.sev-region::before { content: ""; }
.marker.sev-lifted { background: #646464; }
.marker.sev-lifted::before { content: "✓" / ""; }
.badge {
  position: absolute; min-width: 18px; height: 18px; margin: 0; padding: 0 4px; box-sizing: border-box;
  border-radius: 9px; border: 2px solid #fff; box-shadow: 0 0 0 1px rgb(0 0 0 / 0.35); cursor: pointer;
  font: 700 10px/14px system-ui, sans-serif; color: #fff; text-align: center; background: #b00020;
}
.badge.sev-possible { background: #965500; border-radius: 3px; }
.badge.sev-region { background: #5b3c8c; border-radius: 3px; }
.badge.sev-lifted { background: #646464; }
.badge:focus-visible { outline: 3px solid #1d70b8; outline-offset: 2px; }
.marker:focus-visible { outline: 3px solid #1d70b8; outline-offset: 2px; }
.marker.flash { animation: flash 0.5s ease-in-out 3; }
@keyframes flash { 50% { transform: scale(1.8); } }
@media (prefers-reduced-motion: reduce) { .marker.flash { animation: none; outline: 3px solid #1d70b8; } }

.card {
  position: fixed; top: 0; left: 0; visibility: hidden; box-sizing: border-box;
  width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 560px); overflow: auto;
  padding: 12px 14px; border-radius: 8px; border-left: 6px solid #b00020;
  background: #fff; color: #1b1b1b; box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left;
}
.card:focus { outline: 3px solid #1d70b8; }
.card.sev-possible { border-left-color: #965500; }
.card.sev-region { border-left-color: #5b3c8c; }
.card.sev-lifted { border-left-color: #646464; }
.card header { display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.card .tier { font-weight: 700; font-size: 14px; }
.card .close { border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: inherit; padding: 2px 6px; }
.card .close:focus-visible { outline: 2px solid #1d70b8; }
.card p { margin: 6px 0; }
.card .why { color: #505050; }
.details { margin: 8px 0 0; display: grid; grid-template-columns: 1fr; gap: 2px; }
.details dt { font-weight: 600; margin-top: 6px; }
.details dd { margin: 0; }
.details ul { margin: 0; padding-left: 18px; }
.status { font-weight: 600; }
.status-active, .status-finding { color: #b00020; }
.status-lifted, .status-revoked { color: #3d6b35; }
a { color: #1d70b8; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f1f1f; color: #eee; }
  .card .why { color: #bbb; }
  a { color: #8cb8ff; }
  .status-active, .status-finding { color: #ff8a8a; }
  .status-lifted, .status-revoked { color: #9fd494; }
}
`;
