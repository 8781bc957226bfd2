/** `/feeds/alles.xml`: the newest and latest updated entries of the whole site. */
import type { APIRoute } from 'astro';
import { siteName } from '../../site.config.ts';
import { allFeedTitle, atomFeed, newest, xmlResponse } from '../../lib/feeds.ts';
import { allFeedPath } from '../../shared/addresses.ts';

export const GET: APIRoute = async () =>
  xmlResponse(await atomFeed({
    path: allFeedPath,
    title: allFeedTitle,
    subtitle: `De pagina’s van de ${siteName} die het laatst zijn toegevoegd of bijgewerkt.`,
    pagePath: '/',
    entries: await newest(),
    fallbackUpdated: '1970-01-01',
  }), 'application/atom+xml');
