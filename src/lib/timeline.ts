/**
 * The timeline of the events page: events by year, each in the lane of its
 * kind. Kept free of Astro so that it can be tested on its own;
 * `Timeline.astro` passes the entries in.
 *
 * The timeline stays small whatever the corpus: up to `timelineEventLimit`
 * events it shows each event; beyond that it shows per year how many events
 * of each kind there were, with a link to where that year starts in the list.
 */

export interface TimelineEvent {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  kind: string;
}

export interface TimelineYear {
  year: number;
  /** Years without events between the previous year shown and this one. */
  emptyBefore: { from: number; to: number } | undefined;
  /** In date order, then title order. */
  events: TimelineEvent[];
  /** Events per kind, in the order of the lanes. */
  counts: { kind: string; count: number }[];
  /** Index in the whole ordered list of the year's first event, to find its page. */
  firstIndex: number;
}

export interface Timeline {
  /** `events`: every event is shown; `years`: counts per year and kind. */
  mode: 'events' | 'years';
  /** The lanes: every kind of the vocabulary, in its order, so that a lane keeps its place from build to build. */
  kinds: string[];
  years: TimelineYear[];
  total: number;
}

export const timelineEventLimit = 60;

export const compareEvents = (a: TimelineEvent, b: TimelineEvent) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'nl') || a.id.localeCompare(b.id);

export function buildTimeline(events: readonly TimelineEvent[], kinds: readonly string[], limit = timelineEventLimit): Timeline {
  const ordered = [...events].sort(compareEvents);
  const years: TimelineYear[] = [];
  ordered.forEach((event, index) => {
    const year = Number(event.date.slice(0, 4));
    let current = years.at(-1);
    if (current?.year !== year) {
      const previous = current?.year;
      current = {
        year,
        emptyBefore: previous !== undefined && year - previous > 1 ? { from: previous + 1, to: year - 1 } : undefined,
        events: [],
        counts: [],
        firstIndex: index,
      };
      years.push(current);
    }
    current.events.push(event);
  });
  for (const year of years) {
    year.counts = kinds.map((kind) => ({ kind, count: year.events.filter((e) => e.kind === kind).length })).filter((c) => c.count > 0);
  }
  return { mode: ordered.length > limit ? 'years' : 'events', kinds: [...kinds], years, total: ordered.length };
}
