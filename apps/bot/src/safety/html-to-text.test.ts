import { describe, expect, it } from 'vitest';
import { htmlToArticleText } from './html-to-text.js';

const paragraph = (text: string) => `<p>${text}</p>`;
const body = [
  'LUMEN CITY (Tidewire) — A tram derailed near the central station on Wednesday, injuring four passengers, the transport authority said in a statement.',
  '"The tram was travelling slowly, which prevented a far worse outcome," said authority spokesman Karl Ives, adding that the line would reopen on Friday.',
  'Engineers were examining a section of track that had been replaced last month as part of a wider renewal programme across the network.',
];

describe('htmlToArticleText', () => {
  const rows: Array<[string, string, string]> = [
    [
      'an article page with site furniture',
      `<html><head><title>Tram derails in Lumen City - Tidewire</title><script>var ad = 1;</script></head><body>
       <header><nav>Home | World | Sport</nav></header>
       <main><article><h1>Tram derails in Lumen City</h1>${body.map(paragraph).join('\n')}</article></main>
       <aside>Most read: something else entirely</aside><footer>© Tidewire</footer></body></html>`,
      `Tram derails in Lumen City\n\n${body.join('\n\n')}`,
    ],
    [
      'paragraphs split by line breaks inside the source',
      `<html><body><article><h1>Tram derails in Lumen City</h1><p>${body[0]?.replace(/ /g, '\n   ')}</p>${paragraph(body[1] ?? '')}${paragraph(body[2] ?? '')}</article></body></html>`,
      `Tram derails in Lumen City\n\n${body.join('\n\n')}`,
    ],
  ];
  it.each(rows)('reads %s', (_label, html, expected) => {
    expect(htmlToArticleText(html).text).toBe(expected);
  });

  const leftOut: Array<[string, string]> = [
    ['menus', 'Home | World | Sport'],
    ['asides', 'Most read'],
    ['scripts', 'var ad'],
    ['footers', '© Tidewire'],
  ];
  it.each(leftOut)('leaves out %s', (_label, unwanted) => {
    const html = rows[0]?.[1] ?? '';
    expect(htmlToArticleText(html).text).not.toContain(unwanted);
  });

  it('never throws on broken or empty markup', () => {
    for (const html of ['', '<', '<html><body><p>unclosed', '<<<>>>', '<script>alert(1)</script>']) {
      expect(typeof htmlToArticleText(html).text).toBe('string');
    }
  });
});
