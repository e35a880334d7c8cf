/** Regex source fragments that several formats print the same way. */

export const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
export const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
/** The letters a month or weekday name starts with, for layouts' `first` (fixed-start.ts does not read alternations). */
export const MONTH_INITIALS = 'JFMASOND';
export const WEEKDAY_INITIALS = 'MTWFS';
/** `2024-04-08` */
export const DATE = '\\d{4}-\\d{2}-\\d{2}';
/** `10:00:00` */
export const TIME = '\\d{2}:\\d{2}:\\d{2}';
/** RFC 3339 with a zone: `2024-04-08T10:00:00.123Z`, `…+02:00`, `…+0200`. */
export const ISO_TIME = `${DATE}T${TIME}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})`;
/** `Apr  8 10:00:00` (RFC 3164, journalctl's default `short`). */
export const SYSLOG_TIME = `${MONTH} [ \\d]\\d ${TIME}`;

export const re = (source: string) => new RegExp(source);
