/**
 * The checker's rules cut into small files for search (src/lib/search/rule-shards.ts): one file per
 * key, one with the rules every query needs (when there are any) and one listing the keys. Classifying a query loads the list and
 * the files of the keys the query contains.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { compiledRules } from '../../checker-rules.json.ts';
import { KEY_LIST, cutRules } from '../../../lib/search/rule-shards.ts';

export const getStaticPaths = (async () => {
  const { keys, files } = cutRules(await compiledRules());
  return [
    { params: { key: KEY_LIST }, props: { body: keys } },
    ...Object.entries(files).map(([key, file]) => ({ params: { key }, props: { body: file } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json' } });
