/**
 * Lays out a map of columns (organisations, networks, themes or members) as
 * an SVG drawing at build time. A layered layout rather than a force layout:
 * the columns say what kind a node is, labels stay horizontal and readable,
 * and the result depends only on the input, so that two builds of the same
 * content give the same bytes.
 *
 * Within each column the nodes are ordered to cross fewer lines: a few sweeps
 * of the barycentre method (each node goes to the mean position of its
 * neighbours in the column next to it), keeping the order with the fewest
 * crossings, then swaps of neighbours wherever one removes a crossing. Ties
 * keep the earlier order, which starts alphabetical.
 */
import type { MapGraph, MapNode, NodeKind } from './network-graph.ts';

export interface PlacedNode extends MapNode {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label as drawn: wrapped, and shortened with an ellipsis where it did not fit. */
  lines: string[];
  /** Whether the drawing does not show the full label; the node then carries it as its title, and the table beside the map in full. */
  shortened: boolean;
}

export interface PlacedColumn {
  heading: string;
  x: number;
  nodes: PlacedNode[];
}

export interface MapLayout {
  width: number;
  height: number;
  columns: PlacedColumn[];
  /** SVG path data of each line, from the right side of one node to the left side of the other. */
  edges: { from: string; to: string; d: string }[];
  crossings: number;
}

/** Sizes in SVG user units; the drawing scales with the page. */
export const layoutMetrics = {
  nodeWidth: 190,
  columnGap: 72,
  margin: 6,
  headingHeight: 34,
  fontSize: 14,
  lineHeight: 17,
  padding: 8,
  rowGap: 12,
  maxLines: 5,
  /** A generous average width of a character of the system font, as a share of the font size. */
  charWidth: 0.6,
  sweeps: 6,
  transposeRounds: 4,
};

/** Ellipses have less room for text than rectangles of the same size. */
const textWidth = (kind: NodeKind) => layoutMetrics.nodeWidth * (kind === 'netwerk' ? 0.86 : 1) - 2 * layoutMetrics.padding - (kind === 'thema' ? 10 : 0);
/** Ellipses need extra height to keep the outer lines inside the curve. */
const extraHeight = (kind: NodeKind) => (kind === 'netwerk' ? 12 : 0);

/**
 * Breaks a label into at most `maxLines` lines of at most `maxChars`
 * characters: at spaces, or after a hyphen in a compound such as
 * "Vluchtelingen-Organisaties", and only where neither is in reach, inside a
 * word with a hyphen of its own. A line broken at a space keeps that space
 * at its end, so that the lines joined read as the label: screen readers, and
 * the check that a link's name contains its visible text, read it that way.
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): { lines: string[]; shortened: boolean } {
  const tokens = text.trim().split(/\s+/).flatMap((word) => word.split(/(?<=-)(?=.)/).map((part, i) => ({ part, afterSpace: i === 0 })));
  const lines: string[] = [];
  let current = '';
  for (const { part, afterSpace } of tokens) {
    const joined = current ? `${current}${afterSpace ? ' ' : ''}${part}` : part;
    if (joined.length <= maxChars) {
      current = joined;
      continue;
    }
    if (current) lines.push(`${current}${afterSpace ? ' ' : ''}`);
    let rest = part;
    while (rest.length > maxChars) {
      lines.push(`${rest.slice(0, maxChars - 1)}-`);
      rest = rest.slice(maxChars - 1);
    }
    current = rest;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, shortened: false };
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!.trimEnd();
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  return { lines: kept, shortened: true };
}

function countCrossings(order: string[][], edges: [string, string][]): number {
  const position = new Map<string, number>();
  order.forEach((column) => column.forEach((key, i) => position.set(key, i)));
  const column = new Map<string, number>();
  order.forEach((keys, c) => keys.forEach((key) => column.set(key, c)));
  let crossings = 0;
  for (let i = 0; i < edges.length; i++) {
    const [a1, b1] = edges[i]!;
    for (let j = i + 1; j < edges.length; j++) {
      const [a2, b2] = edges[j]!;
      if (column.get(a1) !== column.get(a2)) continue;
      if ((position.get(a1)! - position.get(a2)!) * (position.get(b1)! - position.get(b2)!) < 0) crossings++;
    }
  }
  return crossings;
}

/** Orders every column by the barycentre method; returns the best order found and its crossings. */
export function orderColumns(graph: MapGraph): { order: string[][]; crossings: number } {
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of graph.edges) {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  let order = graph.columns.map((c) => c.nodes.map((n) => n.key));
  let best = { order, crossings: countCrossings(order, graph.edges) };

  const reorder = (c: number, reference: number) => {
    const keys = order[c]!;
    const refPosition = new Map(order[reference]!.map((key, i) => [key, i]));
    // Nodes without a neighbour there keep their place, scaled to the other column's length.
    const scale = order[reference]!.length / Math.max(1, keys.length);
    const weight = keys.map((key, i) => {
      const positions = (neighbours.get(key) ?? []).map((n) => refPosition.get(n)).filter((p): p is number => p !== undefined);
      return { key, i, value: positions.length > 0 ? positions.reduce((s, p) => s + p, 0) / positions.length : i * scale };
    });
    weight.sort((a, b) => a.value - b.value || a.i - b.i);
    order = order.map((column, j) => (j === c ? weight.map((w) => w.key) : column));
  };

  for (let sweep = 0; sweep < layoutMetrics.sweeps; sweep++) {
    for (let c = 1; c < order.length; c++) reorder(c, c - 1);
    for (let c = order.length - 2; c >= 0; c--) reorder(c, c + 1);
    const crossings = countCrossings(order, graph.edges);
    if (crossings < best.crossings) best = { order, crossings };
  }
  return transpose(best, graph.edges);
}

/**
 * Swaps neighbours within a column wherever that removes crossings, until no
 * swap helps: the barycentre leaves ties and near-ties that one swap undoes.
 * Bounded by the rounds, so that a large map costs a known time.
 */
function transpose(start: { order: string[][]; crossings: number }, edges: [string, string][]): { order: string[][]; crossings: number } {
  let { order, crossings } = start;
  for (let round = 0, improved = true; improved && round < layoutMetrics.transposeRounds; round++) {
    improved = false;
    for (let c = 0; c < order.length; c++) {
      for (let i = 0; i + 1 < order[c]!.length; i++) {
        const column = [...order[c]!];
        [column[i], column[i + 1]] = [column[i + 1]!, column[i]!];
        const candidate = order.map((keys, j) => (j === c ? column : keys));
        const count = countCrossings(candidate, edges);
        if (count < crossings) {
          order = candidate;
          crossings = count;
          improved = true;
        }
      }
    }
  }
  return { order, crossings };
}

export function layoutMap(graph: MapGraph): MapLayout {
  const m = layoutMetrics;
  const { order, crossings } = orderColumns(graph);
  const byKey = new Map(graph.columns.flatMap((c) => c.nodes).map((n) => [n.key, n]));

  const columns: PlacedColumn[] = order.map((keys, c) => {
    const x = m.margin + c * (m.nodeWidth + m.columnGap);
    let y = 0;
    const nodes = keys.map((key) => {
      const node = byKey.get(key)!;
      const maxChars = Math.floor(textWidth(node.kind) / (m.fontSize * m.charWidth));
      const { lines, shortened } = wrapLabel(node.label, maxChars, m.maxLines);
      const height = lines.length * m.lineHeight + 2 * m.padding + extraHeight(node.kind);
      const placed: PlacedNode = { ...node, x, y, width: m.nodeWidth, height, lines, shortened };
      y += height + m.rowGap;
      return placed;
    });
    return { heading: graph.columns[c]!.heading, x, nodes };
  });

  // Shorter columns are spread over the height of the tallest one, so that their lines run as flat as they can.
  const columnHeight = (column: PlacedColumn) => column.nodes.reduce((h, n) => h + n.height + m.rowGap, -m.rowGap);
  const tallest = Math.max(0, ...columns.map(columnHeight));
  for (const column of columns) {
    const step = (tallest - columnHeight(column)) / Math.max(1, column.nodes.length);
    column.nodes.forEach((node, i) => (node.y += m.headingHeight + Math.round(step * (i + 0.5))));
  }

  const placed = new Map(columns.flatMap((c) => c.nodes).map((n) => [n.key, n]));
  const edges = graph.edges.map(([from, to]) => {
    const a = placed.get(from)!;
    const b = placed.get(to)!;
    const [x1, y1, x2, y2] = [a.x + a.width, a.y + a.height / 2, b.x, b.y + b.height / 2];
    const bend = (x2 - x1) / 2;
    return { from, to, d: `M${x1} ${y1}C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}` };
  });

  return {
    width: 2 * m.margin + columns.length * m.nodeWidth + (columns.length - 1) * m.columnGap,
    height: m.headingHeight + tallest + m.margin,
    columns,
    edges,
    crossings,
  };
}
