/**
 * Minimal page check: scans the page's visible text once it is idle and reports what it found.
 * (Highlighting, cards and live updates build on this.)
 */
import browser from 'webextension-polyfill';
import { buildIndex, scanText } from '../core/matcher';
import { summariseMatches } from '../core/findings';
import { bundledDataset } from '../data';
import type { Message } from '../shared/messages';

const index = buildIndex(bundledDataset);
const findings = summariseMatches(scanText(index, document.body?.innerText ?? ''));
const message: Message = { type: 'CS_FINDINGS', findings };
void browser.runtime.sendMessage(message);
