/** A piece of plain text or a web link found in it. */
export type TTextPart = { type: 'text'; text: string } | { type: 'link'; url: string };

/**
 * Splits a mail body into text and http(s) links, so admins can open invitation and reset
 * links from the outbox. Trailing punctuation is not part of a link.
 */
export function linkify(text: string): TTextPart[] {
  const parts: TTextPart[] = [];
  const re = /https?:\/\/[^\s<>"«»]+/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    let url = m[0];
    const trailing = /[.,;:!?)\]]+$/.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    const start = m.index;
    if (start > last) parts.push({ type: 'text', text: text.slice(last, start) });
    parts.push({ type: 'link', url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ type: 'text', text: text.slice(last) });
  return parts;
}
