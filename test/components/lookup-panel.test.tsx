// @vitest-environment happy-dom
/** The popup's lookup: ranking, states and keyboard use, rendered with the real lookup over the shipped list. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { LookupPanel } from '../../src/popup/LookupPanel';
import { createLookup } from '../../src/core/lookup';
import { bundledDataset } from '../../src/data';

const lookup = createLookup(bundledDataset);
const search = (q: string) => lookup.search(q);

afterEach(cleanup);

function type(text: string) {
  const input = screen.getByRole('combobox', { name: 'Look up a company' });
  fireEvent.input(input, { target: { value: text } });
  return input;
}

const optionNames = () => screen.queryAllByRole('option').map((o) => o.querySelector('.name')?.textContent);

describe('LookupPanel', () => {
  it('ranks an exact alias above fuzzy neighbours', () => {
    render(<LookupPanel search={search} asOf="2026-11-24" onOpen={() => {}} />);
    type('Maxter Glove Manufacturing Sdn Bhd');
    expect(optionNames()[0]).toBe('Supermax Corporation Bhd.');
  });

  it('finds Chinese names, former names and misspellings', () => {
    render(<LookupPanel search={search} asOf="2026-11-24" onOpen={() => {}} />);
    type('合盛硅业');
    expect(optionNames()[0]).toBe('Hoshine Silicon Industry Co., Ltd.');
    type('Felda Global Ventures');
    expect(optionNames()[0]).toBe('FGV Holdings Berhad');
    type('supermx');
    expect(optionNames()[0]).toBe('Supermax Corporation Bhd.');
  });

  it('shows status at a glance and announces the number of results', () => {
    render(<LookupPanel search={search} asOf="2026-11-24" onOpen={() => {}} />);
    type('Sime Darby Plantation');
    const first = screen.getAllByRole('option')[0]!;
    expect(first.textContent).toContain('Revoked on 3 Feb 2023');
    const count = screen.getAllByRole('option').length;
    expect(screen.getByRole('status').textContent).toBe(count === 1
      ? '1 listed entity matches “Sime Darby Plantation”.'
      : `${count} listed entities match “Sime Darby Plantation”.`);
  });

  it('says plainly what was searched and the list\'s date when nothing matches', () => {
    render(<LookupPanel search={search} asOf="2026-11-24" onOpen={() => {}} />);
    type('Abbvie');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('No listed entity matches “Abbvie” in the list as of 24 Nov 2026. A name added to CBP’s list after that date would not show here.');
  });

  it('shows an error state when the lookup fails', () => {
    render(<LookupPanel search={() => { throw new Error('index not ready'); }} asOf="2026-11-24" onOpen={() => {}} />);
    type('Supermax');
    expect(screen.getByRole('status').textContent).toBe('The lookup failed: index not ready');
  });

  it('moves through results with the arrow keys and opens one with Enter; Escape clears', () => {
    const onOpen = vi.fn();
    render(<LookupPanel search={search} asOf="2026-11-24" onOpen={onOpen} />);
    const input = type('Glove');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]!.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(screen.getAllByRole('option').at(-1)!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
    expect(screen.queryAllByRole('option')).toEqual([]);
  });
});
