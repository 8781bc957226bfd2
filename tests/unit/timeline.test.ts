/**
 * The timeline: events in date order by year, the years without events
 * named, counts instead of events once there are too many to show, and a
 * lane in the stylesheet for every kind of event.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTimeline, timelineEventLimit, type TimelineEvent } from '../../src/lib/timeline.ts';
import { eventKinds } from '../../src/shared/vocabularies.ts';
import { projectRoot } from '../support/build.ts';

const event = (date: string, kind: string, title = `Gebeurtenis op ${date}`): TimelineEvent => ({ id: `${date}-${kind}`, title, date, kind });

describe('the timeline', () => {
  it('puts the events in date order, by year, whatever order they come in', () => {
    const timeline = buildTimeline([event('2013-07-23', 'wet'), event('1997-06-19', 'wet'), event('2013-03-05', 'besluit'), event('2013-03-05', 'overleg', 'Aaa')], eventKinds.ids);
    expect(timeline.mode).toBe('events');
    expect(timeline.years.map((y) => y.year)).toEqual([1997, 2013]);
    expect(timeline.years[1]!.events.map((e) => e.date)).toEqual(['2013-03-05', '2013-03-05', '2013-07-23']);
    expect(timeline.years[1]!.events[0]!.title).toBe('Aaa');
    expect(timeline.years[1]!.emptyBefore).toEqual({ from: 1998, to: 2012 });
    expect(timeline.years[1]!.counts).toEqual([{ kind: 'wet', count: 1 }, { kind: 'besluit', count: 1 }, { kind: 'overleg', count: 1 }]);
    expect(timeline.years[1]!.firstIndex).toBe(1);
  });

  it('counts per year and kind instead of listing the events when there are more than it can show', () => {
    const many = Array.from({ length: timelineEventLimit + 1 }, (_, i) => event(`${1990 + (i % 20)}-01-${String(1 + (i % 28)).padStart(2, '0')}`, eventKinds.ids[i % eventKinds.ids.length]!));
    const timeline = buildTimeline(many, eventKinds.ids);
    expect(timeline.mode).toBe('years');
    expect(timeline.years).toHaveLength(20);
    expect(timeline.years.flatMap((y) => y.counts).reduce((sum, c) => sum + c.count, 0)).toBe(many.length);
    expect(buildTimeline(many.slice(1), eventKinds.ids).mode).toBe('events');
  });

  it('has a lane in the stylesheet for every kind of event', () => {
    const css = fs.readFileSync(path.join(projectRoot, 'src/styles/timeline.css'), 'utf8');
    expect(css).toContain(`repeat(${eventKinds.ids.length}, `);
    eventKinds.ids.forEach((_, i) => expect(css).toContain(`.timeline--lane-${i + 1} { grid-column: ${i + 1}; }`));
    expect(css).not.toContain(`.timeline--lane-${eventKinds.ids.length + 1} `);
  });
});
