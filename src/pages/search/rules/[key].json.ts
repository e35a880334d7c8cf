/**
 * The checker's rules cut into small files for search (src/lib/search/rule-shards.ts): one file per
 * key, plus one with the rules every query needs and one listing the keys. Classifying a query loads the list and
 * the files of the keys the query contains.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { compiledRules } from '../../checker-rules.json.ts';
import { ALWAYS, KEY_LIST, cutRules } from '../../../lib/search/rule-shards.ts';

export const getStaticPaths = (async () => {
  const { shards, always } = cutRules(await compiledRules());
  return [
    { params: { key: KEY_LIST }, props: { body: Object.keys(shards) } },
    { params: { key: ALWAYS }, props: { body: always } },
    ...Object.entries(shards).map(([key, rules]) => ({ params: { key }, props: { body: rules } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json' } });
