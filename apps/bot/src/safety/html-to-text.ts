import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedPage {
  title: string | null;
  /** Plain text in the shape newsparse reads: headline, byline and date lines, then one paragraph a block. */
  text: string;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM']);

/**
 * The article inside a web page, found by Mozilla's Readability (Firefox Reader View) on a linkedom DOM:
 * menus, adverts and related links go, the headline, byline and paragraphs stay. Pages Readability
 * cannot read fall back to the body's blocks.
 */
export function htmlToArticleText(html: string): ExtractedPage {
  // linkedom builds no <html> element for a fragment ("", "<p>text"), and then cannot be queried.
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  try {
    return extract(source);
  } catch {
    return { title: null, text: '' };
  }
}

function extract(html: string): ExtractedPage {
  const { document } = parseHTML(html);
  const pageTitle = clean(document.querySelector('title')?.textContent ?? '') || null;
  // Read before Readability runs: it edits the document and drops the <h1> that repeats the title.
  const heading = clean(document.querySelector('h1')?.textContent ?? '');
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(document as unknown as Document, {
      serializer: (node) => node,
      charThreshold: 200,
    }).parse();
  } catch {
    parsed = null;
  }
  const root = parsed?.content ?? (document.body as unknown as Node | null);
  const blocks = root ? collectBlocks(root) : [];
  let title = clean(parsed?.title ?? '') || pageTitle;
  // The page's <h1> is the headline; the <title> often adds the site ("Flood closes Marrow Bridge | Tidewire").
  if (heading.length >= 10 && heading.length <= 300 && (title === null || title.includes(heading))) {
    title = heading;
  }
  if (title && blocks[0] === title) blocks.shift();
  const head: string[] = [];
  if (title) head.push(title, '');
  const byline = clean(parsed?.byline ?? '');
  if (byline) head.push(/^by\b/i.test(byline) ? byline : `By ${byline}`);
  const published = (parsed?.publishedTime ?? '').slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) head.push(`Published ${published}`);
  if (head.length > 0 && head[head.length - 1] !== '') head.push('');
  return { title, text: [...head, blocks.join('\n\n')].join('\n').trim() };
}

function collectBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    const text = clean(inline);
    if (text) blocks.push(text);
    inline = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        // Newlines in HTML source are only layout; a <br> is the one real line break.
        inline += (child.textContent ?? '').replace(/\s+/g, ' ');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        inline += '\n';
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

function clean(text: string): string {
  // Line by line rather than / *\n */: that pattern is quadratic on a long run of spaces (recheck).
  return text
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}
