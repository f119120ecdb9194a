/**
 * The two naive matchers WRO Lens is measured against: one compiled regular expression of every listed
 * name and alias, and fuse.js applied to each line. Both are what a quick implementation would do.
 */
import Fuse from 'fuse.js';
import type { Dataset } from '../src/core/schema';

export interface PeerHit {
  entryId: string;
  start: number;
  end: number;
}

export function regexPeer(dataset: Dataset): (text: string) => PeerHit[] {
  const owners = new Map<string, string>();
  for (const e of dataset.entries) for (const a of e.aliases) owners.set(a.name.toLowerCase(), e.id);
  const names = [...owners.keys()].sort((a, b) => b.length - a.length);
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => [...text.matchAll(re)].map((m) => ({ entryId: owners.get(m[0].toLowerCase()) ?? '?', start: m.index, end: m.index + m[0].length }));
}

export function fusePeer(dataset: Dataset, threshold = 0.3): (text: string) => PeerHit[] {
  const records = dataset.entries.flatMap((e) => e.aliases.map((a) => ({ id: e.id, name: a.name })));
  const fuse = new Fuse(records, { keys: ['name'], includeScore: true, threshold, ignoreLocation: true });
  return (text) => {
    const hits: PeerHit[] = [];
    let offset = 0;
    for (const line of text.split('\n')) {
      if (line.trim()) for (const r of fuse.search(line, { limit: 1 })) hits.push({ entryId: r.item.id, start: offset, end: offset + line.length });
      offset += line.length + 1;
    }
    return hits;
  };
}
