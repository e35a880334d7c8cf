/** Splits an article file into its YAML front matter and its MDX body (undefined when there is no `---` block). */
export function splitFrontMatter(source: string): { yaml: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { yaml: match[1]!, body: match[2]! } : undefined;
}
