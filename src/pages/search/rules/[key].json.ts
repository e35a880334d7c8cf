/**
 * The checker's rules cut into small files for search (src/lib/search/rule-shards.ts): one file per
 * key, one with the rules every query needs (when there are any) and one listing the keys. Classifying a query loads the list and
 * the files of the keys the query contains.
 */
import { createHash } from 'node:crypto';
import type { APIRoute, GetStaticPaths } from 'astro';
import { compiledRules } from '../../checker-rules.json.ts';
import { KEY_LIST, cutRules } from '../../../lib/search/rule-shards.ts';

export const getStaticPaths = (async () => {
  const { keys, files } = cutRules(await compiledRules());
  return [[KEY_LIST, keys] as const, ...Object.entries(files)].map(([key, body]) => {
    const json = JSON.stringify(body);
    // The file is its own key: an unchanged one is copied from the last build (experimental.incrementalBuild)
    // rather than served through the route again (one file per article code, so thousands at scale).
    return { params: { key }, props: { json }, cacheKey: createHash('sha256').update(json).digest('hex') };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) => new Response(props.json, { headers: { 'Content-Type': 'application/json' } });
