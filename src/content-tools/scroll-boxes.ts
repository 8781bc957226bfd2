/**
 * Wide blocks of an entry's body scroll in their own box, so that a page
 * reflows at 320 px (WCAG 1.4.10) while a table or a line of code keeps its
 * shape. A table gets a wrapper that is a named region (named after the
 * heading above it) and a tab stop, so that keyboard users can scroll it and
 * screen readers announce what it holds; a code block is itself the tab stop.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const text = (node: ElementContent | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => text(child as ElementContent)).join('') : '';

const isElement = (node: RootContent | ElementContent, tag?: string): node is Element => node.type === 'element' && (tag === undefined || node.tagName === tag);

/** Labels of table regions, in the language of the body. */
export const tableLabels = {
  nl: { table: 'Tabel', under: (heading: string) => `Tabel bij ‘${heading}’` },
  en: { table: 'Table', under: (heading: string) => `Table under ‘${heading}’` },
} as const;

export function wrapWideBlocks(tree: Root, lang: keyof typeof tableLabels = 'nl'): void {
  const labels = tableLabels[lang];
  let heading: string | undefined;
  let tables = 0;
  const walk = (parent: Root | Element) => {
    parent.children.forEach((node, index) => {
      if (!isElement(node)) return;
      if (/^h[2-6]$/.test(node.tagName)) heading = text(node).trim();
      else if (node.tagName === 'table') {
        tables += 1;
        const label = heading ? labels.under(heading) : `${labels.table} ${tables}`;
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], role: 'region', ariaLabel: label, tabIndex: 0 },
          children: [node],
        };
      } else if (node.tagName === 'pre') node.properties = { ...node.properties, tabIndex: 0 };
      // Paragraphs hold only inline content: no table or code block to find in them.
      else if (node.tagName !== 'p') walk(node);
    });
  };
  walk(tree);
}
