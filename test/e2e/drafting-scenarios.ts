/** The drafting scenarios both browsers run: each types with real key events and checks what the user sees. */
import { describe, expect, it } from 'vitest';
import {
  editorHighlights, expectAligned, hasBadge, layerAt, LISTED, rectOf, textOf, underlineIn, valueOf, waitForUnderline, type DraftDriver,
} from './drafting';

export interface DraftingTarget {
  driver: DraftDriver;
  /** Opens the drafting fixture page and waits until WRO Lens checked it. */
  open(): Promise<void>;
}

const activeHighlights = async (d: DraftDriver) => (await editorHighlights(d))['wro-lens-active'];

export function draftingScenarios(browser: string, { driver: d, open }: DraftingTarget): void {
  describe(`${browser}: warnings while drafting`, () => {
    it('textarea: underlines a listed name as it is typed, aligned with the text, and leaves value, caret and focus alone', async () => {
      await open();
      await d.click('#notes');
      const typed = `Lot 3 goes to\n${LISTED}`;
      await d.type(typed);
      await expectAligned(d, '#notes');
      await expect.poll(() => hasBadge(d, '#notes')).toBe(true);
      expect(await valueOf(d, '#notes')).toBe(typed);
      expect(await d.evaluate(() => {
        const field = document.activeElement as HTMLTextAreaElement;
        return [field.id, field.selectionStart, field.selectionEnd];
      }, null)).toEqual(['notes', typed.length, typed.length]);
    });

    it('textarea: the underline follows typing before it, scrolling and resizing', async () => {
      await d.type('\nfrom January.');
      await d.evaluate(() => {
        const field = document.querySelector('#notes') as HTMLTextAreaElement;
        field.setSelectionRange(0, 0);
      }, null);
      await d.type('Memo. ');
      await expectAligned(d, '#notes');
      // Twelve lines before the name: the field scrolls to show it.
      await d.type('\n'.repeat(12));
      // Twelve lines down, the name is out of the field's view at the top, and in it at the end.
      await d.evaluate(() => { document.querySelector('#notes')!.scrollTop = 0; }, null);
      await waitForUnderline(d, '#notes', false);
      await d.evaluate(() => {
        const field = document.querySelector('#notes')!;
        field.scrollTop = field.scrollHeight;
      }, null);
      await expectAligned(d, '#notes');
      // Resized and moved by the page: the overlay follows.
      const left = (await underlineIn(d, '#notes'))!.underline.left;
      await d.evaluate(() => {
        const field = document.querySelector('#notes') as HTMLTextAreaElement;
        field.style.width = '420px';
        field.style.marginLeft = '60px';
      }, null);
      await expect.poll(async () => (await underlineIn(d, '#notes'))?.underline.left).toBe(left + 60);
      await expectAligned(d, '#notes');
    });

    it('textarea: the warning goes when the name is deleted, and undo and redo still work', async () => {
      await open();
      await d.click('#notes');
      const typed = `Lot 3 goes to\n${LISTED}`;
      await d.type(typed);
      await waitForUnderline(d, '#notes', true);
      for (let i = 0; i < LISTED.length; i++) await d.chord(['Backspace']);
      await waitForUnderline(d, '#notes', false);
      await expect.poll(() => hasBadge(d, '#notes')).toBe(false);
      expect(await valueOf(d, '#notes')).toBe('Lot 3 goes to\n');
      await d.chord(['Control', 'z']);
      const undone = await valueOf(d, '#notes');
      expect(undone.length).toBeGreaterThan('Lot 3 goes to\n'.length);
      expect(typed.startsWith(undone)).toBe(true);
      await d.chord(['Control', 'Shift', 'z']);
      expect(await valueOf(d, '#notes')).toBe('Lot 3 goes to\n');
    });

    it('text input: underlines the name in place and drops it when the name changes', async () => {
      await open();
      await d.click('#supplier');
      await d.type(LISTED);
      await expectAligned(d, '#supplier');
      expect(await valueOf(d, '#supplier')).toBe(LISTED);
      // Hoshine → Sunshine: another company.
      await d.chord(['Home']);
      await d.chord(['Delete']);
      await d.chord(['Delete']);
      await d.type('Sun');
      await waitForUnderline(d, '#supplier', false);
      await expect.poll(() => hasBadge(d, '#supplier')).toBe(false);
      expect(await valueOf(d, '#supplier')).toBe(LISTED.replace('Hoshine', 'Sunshine'));
      await d.chord(['Control', 'z']);
      await expect.poll(() => valueOf(d, '#supplier')).not.toBe(LISTED.replace('Hoshine', 'Sunshine'));
      // Deleted: the field is empty and nothing is drawn.
      await d.chord(['Control', 'a']);
      await d.chord(['Backspace']);
      expect(await valueOf(d, '#supplier')).toBe('');
      await expect.poll(() => hasBadge(d, '#supplier')).toBe(false);
      expect(await underlineIn(d, '#supplier')).toBeNull();
    });

    it('contenteditable: highlights the name as typed, with the badge, and drops it when deleted', async () => {
      await open();
      await d.click('#letter');
      const typed = `We award lot 3 to ${LISTED} today.`;
      await d.type(typed);
      await expect.poll(() => activeHighlights(d), { timeout: 10_000 }).toEqual([LISTED]);
      await expect.poll(() => hasBadge(d, '#letter')).toBe(true);
      expect(await textOf(d, '#letter')).toBe(typed);
      // Hoshine → Sunshine: another company.
      for (let i = 0; i < typed.length - typed.indexOf('Hoshine'); i++) await d.chord(['ArrowLeft']);
      await d.chord(['Delete']);
      await d.chord(['Delete']);
      await d.type('Sun');
      await expect.poll(async () => Object.values(await editorHighlights(d)).flat(), { timeout: 10_000 }).toEqual([]);
      await expect.poll(() => hasBadge(d, '#letter')).toBe(false);
      expect(await textOf(d, '#letter')).toBe(typed.replace('Hoshine', 'Sunshine'));
      // The browser's undo steps back through the edit (typing, then each deletion).
      for (let i = 0; i < 3 && (await textOf(d, '#letter')) !== typed; i++) await d.chord(['Control', 'z']);
      expect(await textOf(d, '#letter')).toBe(typed);
      await expect.poll(() => activeHighlights(d), { timeout: 10_000 }).toEqual([LISTED]);
      // Deleted: no highlight, no badge.
      await d.chord(['Control', 'a']);
      await d.chord(['Backspace']);
      await expect.poll(async () => Object.values(await editorHighlights(d)).flat(), { timeout: 10_000 }).toEqual([]);
      await expect.poll(() => hasBadge(d, '#letter')).toBe(false);
    });

    it('Quill (from npm): highlights the name in the editor, leaves its text and its own undo intact', async () => {
      await open();
      await d.click('.ql-editor');
      const typed = `Dear supplier, ${LISTED} is listed.`;
      await d.type(typed);
      await expect.poll(() => activeHighlights(d), { timeout: 10_000 }).toEqual([LISTED]);
      await expect.poll(() => hasBadge(d, '.ql-editor')).toBe(true);
      const quillText = () => d.evaluate(() => (window as unknown as { quill: { getText(): string } }).quill.getText(), null);
      expect(await quillText()).toBe(`${typed}\n`);
      // Quill merges edits made within a second into one undo step: the deletion gets its own.
      await d.evaluate(() => (window as unknown as { quill: { history: { cutoff(): void } } }).quill.history.cutoff(), null);
      await d.chord(['Control', 'a']);
      await d.chord(['Backspace']);
      await expect.poll(() => activeHighlights(d), { timeout: 10_000 }).toEqual([]);
      await d.chord(['Control', 'z']);
      await expect.poll(quillText).toBe(`${typed}\n`);
      await expect.poll(() => activeHighlights(d), { timeout: 10_000 }).toEqual([LISTED]);
    });

    it('opens the card from the badge, without taking focus from the field until asked', async () => {
      await open();
      await d.click('#supplier');
      await d.type(LISTED);
      await waitForUnderline(d, '#supplier', true);
      expect(await d.evaluate(() => document.activeElement?.id, null)).toBe('supplier');
      const r = await rectOf(d, '#supplier');
      // The badge is in a closed shadow root: only its place on screen is known.
      await d.clickAt(r.right + 3, r.top - 3);
      // The card opens below the field's text, over the page.
      await expect.poll(() => layerAt(d, r.left + 40, r.bottom + 40)).toBe(true);
      await d.chord(['Escape']);
      await expect.poll(() => layerAt(d, r.left + 40, r.bottom + 40)).toBe(false);
      expect(await valueOf(d, '#supplier')).toBe(LISTED);
    });

    it('leaves passwords, search boxes, payment, read-only and opted-out fields alone', async () => {
      await open();
      const skipped = ['#password', '#search', '#q', '#card', '#private', '#ours'];
      for (const selector of skipped) {
        await d.click(selector);
        await d.type(LISTED);
      }
      await d.click('#fixed');
      // A checked field typed in after them: once its warning shows, the skipped ones had their pause too.
      await d.click('#supplier');
      await d.type(LISTED);
      await waitForUnderline(d, '#supplier', true);
      for (const selector of [...skipped, '#fixed']) {
        expect(await hasBadge(d, selector), selector).toBe(false);
        expect(await underlineIn(d, selector), selector).toBeNull();
      }
    });

    it('removes the overlay and badge when the field leaves the page', async () => {
      await open();
      await d.click('#notes');
      await d.type(LISTED);
      await waitForUnderline(d, '#notes', true);
      const r = await rectOf(d, '#notes');
      await d.evaluate(() => document.querySelector('#notes')!.remove(), null);
      await expect.poll(() => layerAt(d, r.right + 3, r.top - 3)).toBe(false);
    });
  });
}
