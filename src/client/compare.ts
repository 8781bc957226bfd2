/**
 * The comparison page (/vergelijk/): the interventions on the visitor's
 * shortlist side by side, in a table with a column per intervention and a
 * row per fact of their fact boxes, with downloads as CSV and Markdown made
 * in the browser. The facts come from `/vergelijk/data/<id>.json`, one small
 * file per saved intervention.
 *
 * The table, the CSV and the Markdown are three renderings of one list of
 * rows (`comparisonRows`), so that they always say the same.
 */
import { evidenceScaleElement, evidenceText } from '../shared/evidence.ts';
import type { Fact } from '../lib/facts.ts';
import { comparisonDataPath, listPath } from '../shared/addresses.ts';
import { toCsvDocument } from '../shared/csv.ts';
import { readShortlist, removeFromShortlist } from './shortlist.ts';

export interface ComparedIntervention {
  id: string;
  title: string;
  /** Path on this site. */
  url: string;
  summary: string;
  evidence: { level: string; assessment: string };
  facts: Fact[];
}

export type ComparisonCell =
  | { kind: 'facts'; values: { text: string; href?: string; after?: string }[]; empty: string }
  | { kind: 'evidence'; level: string; assessment: string };

export interface ComparisonRow {
  label: string;
  cells: ComparisonCell[];
}

/** What a fact box says when it has nothing for a fact that has no words of its own for that. */
const noValue = 'Niet bekend';

/** The rows of the comparison: summary, evidence level, then every fact, in fact-box order. */
export function comparisonRows(items: ComparedIntervention[]): ComparisonRow[] {
  const labels = [...new Set(items.flatMap((item) => item.facts.map((f) => f.label)))];
  return [
    { label: 'Samenvatting', cells: items.map((item) => ({ kind: 'facts', values: [{ text: item.summary }], empty: noValue })) },
    { label: 'Bewijsniveau', cells: items.map((item) => ({ kind: 'evidence', ...item.evidence })) },
    ...labels.map((label) => ({
      label,
      cells: items.map((item): ComparisonCell => {
        const fact = item.facts.find((f) => f.label === label);
        return { kind: 'facts', values: fact?.values ?? [], empty: fact?.empty ?? noValue };
      }),
    })),
  ];
}

/** A cell as one line of text, for the downloads. */
const cellText = (cell: ComparisonCell) =>
  cell.kind === 'evidence' ? `${evidenceText(cell.level)}. ${cell.assessment}` : cell.values.length === 0 ? cell.empty : cell.values.map((v) => `${v.text}${v.after ?? ''}`).join('; ');

/** The comparison as CSV, laid out as on screen. */
export function toCsv(items: ComparedIntervention[], origin: string): string {
  const rows = [
    ['Kenmerk', ...items.map((item) => item.title)],
    ['Adres', ...items.map((item) => new URL(item.url, origin).href)],
    ...comparisonRows(items).map((row) => [row.label, ...row.cells.map(cellText)]),
  ];
  return toCsvDocument(rows);
}

const markdownCell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The comparison as a Markdown table, titles linking to their pages. */
export function toMarkdown(items: ComparedIntervention[], origin: string, date: string): string {
  const header = ['Kenmerk', ...items.map((item) => `[${markdownCell(item.title).replace(/[[\]]/g, '\\$&')}](${new URL(item.url, origin).href})`)];
  const lines = [
    '# Interventies vergelijken',
    '',
    `Uit de LOM-kennisbank, ${date}.`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...comparisonRows(items).map((row) => `| ${[row.label, ...row.cells.map(cellText)].map(markdownCell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download may still be reading from it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(text: string, href: string): HTMLAnchorElement {
  const a = element('a', undefined, text);
  a.href = href;
  return a;
}

function cellContent(cell: ComparisonCell): (Node | string)[] {
  if (cell.kind === 'evidence') return [evidenceScaleElement(cell.level), element('span', 'facts__note', cell.assessment)];
  if (cell.values.length === 0) return [element('span', 'facts__empty', cell.empty)];
  return cell.values.flatMap((value, i) => [...(i > 0 ? [', '] : []), value.href ? link(value.text, value.href) : value.text, ...(value.after ? [value.after] : [])]);
}

function removeButton(item: ComparedIntervention): HTMLButtonElement {
  const button = element('button', 'compare__remove', 'Verwijder');
  button.type = 'button';
  button.dataset.compareRemove = item.id;
  button.append(element('span', 'visually-hidden', ` ${item.title} uit uw lijst`));
  return button;
}

function table(items: ComparedIntervention[]): HTMLTableElement {
  const result = element('table', `compare-table compare-table--${items.length}`);
  result.append(element('caption', undefined, items.length === 1 ? 'Uw bewaarde interventie' : `${items.length} interventies naast elkaar`));
  const head = element('thead');
  const titles = element('tr');
  titles.append(element('td'));
  for (const item of items) {
    const th = element('th');
    th.scope = 'col';
    th.append(link(item.title, item.url));
    titles.append(th);
  }
  head.append(titles);
  const body = element('tbody');
  const rows: [string, (Node | string)[][]][] = [
    ['Uw lijst', items.map((item) => [removeButton(item)])],
    ...comparisonRows(items).map((row): [string, (Node | string)[][]] => [row.label, row.cells.map(cellContent)]),
  ];
  for (const [label, cells] of rows) {
    const tr = element('tr');
    const th = element('th', undefined, label);
    th.scope = 'row';
    tr.append(th);
    for (const content of cells) {
      const td = element('td');
      td.append(...content);
      tr.append(td);
    }
    if (label === 'Uw lijst') tr.className = 'compare-table__actions';
    body.append(tr);
  }
  result.append(head, body);
  return result;
}

/** Runs the comparison page: shows what is saved, keeps it up to date, and offers the downloads. */
export function startComparison() {
  const root = document.querySelector<HTMLElement>('[data-compare]')!;
  const heading = root.querySelector<HTMLElement>('[data-compare-heading]')!;
  const message = root.querySelector<HTMLElement>('[data-compare-message]')!;
  const missingNote = root.querySelector<HTMLElement>('[data-compare-missing]')!;
  const actions = root.querySelector<HTMLElement>('[data-compare-actions]')!;
  const holder = root.querySelector<HTMLElement>('[data-compare-table]')!;
  const loaded = new Map<string, Promise<ComparedIntervention | undefined>>();
  let shown: ComparedIntervention[] = [];
  /** Where focus goes after a remove button, the one that had it, is gone: the button now in its place. */
  let focusAfterRemoving: number | undefined;

  const load = (id: string) => {
    if (!loaded.has(id)) {
      loaded.set(id, fetch(comparisonDataPath(id)).then((r) => (r.ok ? (r.json() as Promise<ComparedIntervention>) : undefined)).catch(() => undefined));
    }
    return loaded.get(id)!;
  };

  // Busy from the page as built until the list is shown, and again while a change loads: screen readers wait, and so do tests.
  const render = async () => {
    root.setAttribute('aria-busy', 'true');
    const ids = readShortlist();
    const results = await Promise.all(ids.map(load));
    // Another change may have come in while loading; the latest one renders.
    if (ids.join() !== readShortlist().join()) return;
    shown = results.filter((item): item is ComparedIntervention => item !== undefined);
    const missing = ids.filter((_, i) => results[i] === undefined);

    message.replaceChildren();
    if (shown.length === 0) {
      message.append('Uw lijst is leeg. Open een interventie en kies ', element('strong', undefined, 'Bewaar'), '. Bewaar er twee tot vier; dan staan ze hier naast elkaar. ', link('Naar de interventies', listPath('interventies', 'nl')));
    } else if (shown.length === 1) {
      message.append('U heeft één interventie bewaard. Bewaar er nog een om te vergelijken. ', link('Naar de interventies', listPath('interventies', 'nl')));
    } else {
      message.append(`U vergelijkt ${shown.length} interventies. Op een smal scherm kunt u de tabel opzij schuiven.`);
    }
    missingNote.replaceChildren();
    missingNote.hidden = missing.length === 0;
    for (const id of missing) {
      const button = element('button', 'compare__remove', 'Haal weg uit uw lijst');
      button.type = 'button';
      button.dataset.compareRemove = id;
      missingNote.append(element('span', undefined, `De interventie "${id}" is niet te laden. Misschien staat zij niet meer in de kennisbank. `), button);
    }
    actions.hidden = shown.length === 0;
    holder.replaceChildren(...(shown.length > 0 ? [table(shown)] : []));

    if (focusAfterRemoving !== undefined) {
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-compare-remove]')];
      (buttons[Math.min(focusAfterRemoving, buttons.length - 1)] ?? heading).focus();
      focusAfterRemoving = undefined;
    }
    root.removeAttribute('aria-busy');
  };

  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const remove = target.closest<HTMLButtonElement>('[data-compare-remove]');
    if (remove) {
      focusAfterRemoving = [...root.querySelectorAll('[data-compare-remove]')].indexOf(remove);
      // The change event that follows renders the list again.
      removeFromShortlist(remove.dataset.compareRemove!);
      return;
    }
    const format = target.closest<HTMLButtonElement>('[data-compare-export]')?.dataset.compareExport;
    const date = new Date().toISOString().slice(0, 10);
    if (format === 'csv') download(`interventies-vergelijken-${date}.csv`, 'text/csv;charset=utf-8', toCsv(shown, location.origin));
    if (format === 'md') download(`interventies-vergelijken-${date}.md`, 'text/markdown;charset=utf-8', toMarkdown(shown, location.origin, date));
    if (target.closest('[data-compare-print]')) print();
  });
  // Removed here, or saved or removed in another tab: show the list as it is now.
  document.addEventListener('shortlist-change', () => void render());

  document.querySelector<HTMLElement>('[data-compare-fallback]')!.hidden = true;
  root.hidden = false;
  void render();
}
