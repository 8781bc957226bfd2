/**
 * `/feeds/organisaties/<id>.xml` and `/feeds/themas/<id>.xml`: the newest and
 * latest updated entries that list an organisation or a theme.
 */
import type { APIRoute } from 'astro';
import type { CollectionName } from '../../../collections.ts';
import { siteName } from '../../../site.config.ts';
import { entriesOf, urlOf, type AnyEntry } from '../../../lib/entries.ts';
import { atomFeed, feedOf, feedOwners, newest, xmlResponse } from '../../../lib/feeds.ts';

export async function getStaticPaths() {
  const owners = (await Promise.all(Object.keys(feedOwners).map((c) => entriesOf(c as CollectionName)))).flat();
  return owners.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: AnyEntry };
  const feed = feedOf(entry)!;
  return xmlResponse(await atomFeed({
    path: feed.path,
    title: `${feed.title} | ${siteName}`,
    subtitle: feed.subtitle,
    pagePath: urlOf(entry),
    entries: await newest(feed.owner),
    fallbackUpdated: entry.data.updated,
  }), 'application/atom+xml');
};
