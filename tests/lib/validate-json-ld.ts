/**
 * Checks a JSON-LD block against what schema.org and Google's structured-data guidelines require of
 * the types this site emits (TechArticle, FAQPage, BreadcrumbList). Returns readable problems; an
 * empty list means valid. Used by the tests on the built pages, so a template change that drops a
 * field or emits a relative URL fails there.
 */
type Node = Record<string, unknown>;

const isObject = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
const isAbsoluteUrl = (value: unknown): boolean =>
  typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
const isIsoDate = (value: unknown): boolean =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value));

function requireText(node: Node, field: string, where: string, problems: string[]) {
  if (!isText(node[field])) problems.push(`${where}: "${field}" must be non-empty text.`);
}

function requireUrl(node: Node, field: string, where: string, problems: string[]) {
  if (!isAbsoluteUrl(node[field]))
    problems.push(`${where}: "${field}" must be an absolute http(s) URL, got ${JSON.stringify(node[field])}.`);
}

function checkTechArticle(node: Node, problems: string[]) {
  const where = 'TechArticle';
  for (const field of ['headline', 'description', 'keywords']) requireText(node, field, where, problems);
  for (const field of ['url', 'image']) requireUrl(node, field, where, problems);
  if (!isIsoDate(node.dateModified))
    problems.push(`${where}: "dateModified" must be an ISO 8601 date, got ${JSON.stringify(node.dateModified)}.`);
  if ('datePublished' in node && !isIsoDate(node.datePublished)) {
    problems.push(`${where}: "datePublished" must be an ISO 8601 date, got ${JSON.stringify(node.datePublished)}.`);
  }
  for (const field of ['author', 'publisher']) {
    const party = node[field];
    if (!isObject(party) || !['Organization', 'Person'].includes(String(party['@type'])) || !isText(party.name)) {
      problems.push(`${where}: "${field}" must be an Organization or Person with a name.`);
    }
  }
}

function checkFaqPage(node: Node, problems: string[]) {
  const questions = node.mainEntity;
  if (!Array.isArray(questions) || questions.length === 0) {
    problems.push('FAQPage: "mainEntity" must list at least one Question.');
    return;
  }
  questions.forEach((question: unknown, i) => {
    const where = `FAQPage mainEntity[${i}]`;
    if (!isObject(question) || question['@type'] !== 'Question') {
      problems.push(`${where}: must be a Question.`);
      return;
    }
    requireText(question, 'name', where, problems);
    const answer = question.acceptedAnswer;
    if (!isObject(answer) || answer['@type'] !== 'Answer' || !isText(answer.text)) {
      problems.push(`${where}: "acceptedAnswer" must be an Answer with text.`);
    }
  });
}

function checkBreadcrumbList(node: Node, problems: string[]) {
  const items = node.itemListElement;
  if (!Array.isArray(items) || items.length < 2) {
    problems.push('BreadcrumbList: "itemListElement" must list at least two ListItems.');
    return;
  }
  items.forEach((item: unknown, i) => {
    const where = `BreadcrumbList itemListElement[${i}]`;
    if (!isObject(item) || item['@type'] !== 'ListItem') {
      problems.push(`${where}: must be a ListItem.`);
      return;
    }
    if (item.position !== i + 1) problems.push(`${where}: "position" must be ${i + 1}, got ${JSON.stringify(item.position)}.`);
    requireText(item, 'name', where, problems);
    requireUrl(item, 'item', where, problems);
  });
}

const CHECKS: Record<string, (node: Node, problems: string[]) => void> = {
  TechArticle: checkTechArticle,
  FAQPage: checkFaqPage,
  BreadcrumbList: checkBreadcrumbList,
};

export function validateJsonLd(data: unknown): string[] {
  if (!isObject(data)) return ['JSON-LD must be an object.'];
  const problems: string[] = [];
  if (data['@context'] !== 'https://schema.org') problems.push('"@context" must be "https://schema.org".');
  const type = String(data['@type']);
  const check = CHECKS[type];
  if (!check)
    return [...problems, `"@type" ${JSON.stringify(data['@type'])} is not one this site emits (${Object.keys(CHECKS).join(', ')}).`];
  check(data, problems);
  return problems;
}
