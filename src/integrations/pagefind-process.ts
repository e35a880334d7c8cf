/**
 * The search index built in a process of its own (child-process.ts): Pagefind hands its whole output
 * to Node as base64 in one message, and the re-cut holds it again, which would add to the Astro
 * process's peak at the end of a large build.
 */
import { answerOneRequest } from './child-process.ts';
import { writeSearchIndex } from './pagefind-index.ts';

answerOneRequest(writeSearchIndex);
