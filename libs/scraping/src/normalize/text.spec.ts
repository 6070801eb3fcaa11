import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, decodeEntities, fixMojibake, htmlToText } from './text';
import { normalizeCompanyName } from './company';

void describe('fixMojibake', () => {
  void it('repairs double-encoded UTF-8 as RemoteOK serves it', () => {
    assert.equal(fixMojibake('MecÃ¡nico Automotriz DiagnÃ³stico'), 'Mecánico Automotriz Diagnóstico');
  });
  void it('repairs sequences whose second byte reads as a soft hyphen (í = C3 AD)', () => {
    assert.equal(fixMojibake('vehÃ\u00ADculos'), 'vehículos');
  });
  void it('repairs cp1252 punctuation (’ read as â€™)', () => {
    assert.equal(fixMojibake('weâ€™re'), 'we’re');
  });
  void it('leaves correct text and lone lead characters alone', () => {
    assert.equal(fixMojibake('café Ã naïve Straße ÀÉ'), 'café Ã naïve Straße ÀÉ');
  });
});

void describe('cleanText', () => {
  void it('drops soft hyphens only after the mojibake repair, and collapses spaces', () => {
    assert.equal(cleanText('vehÃ\u00ADculos  multi\u00ADmarca\u00A0 ok'), 'vehículos multimarca ok');
  });
  void it('keeps one blank line between paragraphs', () => {
    assert.equal(cleanText(' a \r\n\r\n\r\n\n b \n c'), 'a\n\nb\nc');
  });
});

void describe('htmlToText', () => {
  void it('keeps paragraphs and bullets, decodes entities', () => {
    const html =
      '<p>We&#x27;re hiring &amp; growing.</p>Responsabilidades<ul><li>One</li><li><p>Two</p></li></ul><h3>Next</h3><p>x<br>y</p>';
    assert.equal(
      htmlToText(html),
      "We're hiring & growing.\n\nResponsabilidades\n- One\n- Two\n\nNext\n\nx\ny",
    );
  });
  void it('reads HN-style unclosed <p> and drops scripts', () => {
    assert.equal(htmlToText('First<p>Second<p>Third<script>alert(1)</script>'), 'First\n\nSecond\n\nThird');
  });
  void it('joins a bullet with the paragraph inside it (Lever lists wrap items in <p>)', () => {
    assert.equal(htmlToText('<div>\n<li>\n<p>One</p>\n</li>\n<li>\n<p>Two</p>\n</li></div>'), '- One\n- Two');
  });
  void it('indents nested lists', () => {
    assert.equal(htmlToText('<ul><li>a<ul><li>b</li></ul></li></ul>'), '- a\n  - b');
  });
  void it('treats text without tags as text', () => {
    assert.equal(htmlToText('a &lt; b'), 'a < b');
  });
});

void describe('decodeEntities', () => {
  void it('decodes one level (Greenhouse content is escaped HTML)', () => {
    assert.equal(decodeEntities('&lt;p&gt;A&#39;s &amp;amp;&lt;/p&gt;'), "<p>A's &amp;</p>");
  });
});

void describe('normalizeCompanyName', () => {
  const table: Array<[string, string]> = [
    ['Diode Computers, Inc.', 'diode computers'],
    ['Acme LLC', 'acme'],
    ['Foo Co., Ltd.', 'foo'],
    ['Siemens AG', 'siemens'],
    ['SAP SE', 'sap'],
    ['Example GmbH', 'example'],
    ['Big Corp.', 'big'],
    ['  Modash.io  ', 'modash.io'],
    ['Up&Up', 'up&up'],
    ['Mercier   Consultancy Group', 'mercier consultancy group'],
    ['Vercel', 'vercel'],
    ['', ''],
  ];
  for (const [name, key] of table)
    void it(JSON.stringify(name), () => assert.equal(normalizeCompanyName(name), key));
});
