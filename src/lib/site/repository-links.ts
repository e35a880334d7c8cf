/**
 * Links from a page back to the repository that holds its source: "Edit this page", "Report a problem",
 * and a prefilled "Suggest an article" issue. GitHub URL shapes; no links at all when no repository is set.
 */
export interface RepositoryConfig {
  /** e.g. https://github.com/owner/name (no trailing slash needed); undefined when no repository is set. */
  url: string | undefined;
  branch: string;
}

export function repositoryFromEnv(env: Record<string, string | undefined>): RepositoryConfig {
  const url = env.REPO_URL?.trim().replace(/\/+$/, '') || undefined;
  return { url, branch: env.REPO_BRANCH?.trim() || 'main' };
}

export function editPageUrl(repo: RepositoryConfig, filePath: string): string | undefined {
  if (!repo.url || !filePath) return undefined;
  const path = filePath
    .replace(/^\.?\//, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return `${repo.url}/edit/${encodeURIComponent(repo.branch)}/${path}`;
}

export function newIssueUrl(repo: RepositoryConfig, title: string, body: string, labels: string[] = []): string | undefined {
  if (!repo.url) return undefined;
  const params = new URLSearchParams({ title, body });
  if (labels.length > 0) params.set('labels', labels.join(','));
  return `${repo.url}/issues/new?${params}`;
}

export function reportProblemUrl(repo: RepositoryConfig, pageTitle: string, pageUrl: string): string | undefined {
  return newIssueUrl(repo, `Problem with: ${pageTitle}`, `Page: ${pageUrl}\n\nWhat is wrong or missing?\n`, ['content']);
}

/** The issue a reader files when the checker recognised nothing: the line goes in a fenced block, as typed. */
export function suggestArticleUrl(repo: RepositoryConfig, logLine: string): string | undefined {
  const fence = logLine.includes('```') ? '~~~' : '```';
  return newIssueUrl(
    repo,
    'Suggest an article for an unrecognised log line',
    `The log checker did not recognise this line:\n\n${fence}\n${logLine}\n${fence}\n\n` +
      'Which software printed it, and what were you doing?\n',
    ['article-request'],
  );
}
