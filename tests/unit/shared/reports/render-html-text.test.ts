import { describe, expect, it } from 'vitest';
import { sampleDoc } from '../../../helpers/report-doc.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import { type ReportDoc } from '../../../../shared/reports/model.ts';
import { escapeHtml, renderHtml, renderHtmlBody } from '../../../../shared/reports/render-html.ts';
import { renderText } from '../../../../shared/reports/render-text.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

const nasty: ReportDoc = sampleDoc({
  title: 'Status <update>',
  subtitle: 'For "Bob" & \'Alice\'',
  programName: '<script>alert(1)</script>',
  reader: { id: 's', name: 'Bob' },
  blocks: [
    { type: 'status', rag: 'red', trend: 'worsening', label: 'Overall status', text: 'a < b & c\uFFFE' },
    { type: 'heading', level: 1, text: 'Risks & <issues>' },
    {
      type: 'table',
      columns: [
        { title: 'Item', width: 2 },
        { title: 'Status', width: 1 },
      ],
      rows: [
        [{ runs: [{ text: 'Objective', bold: true }], span: 2, tone: 'grey' }],
        [{ runs: [{ text: 'line one\nline two <b>' }] }, { runs: [{ text: 'Late' }], tone: 'red' }],
      ],
    },
    { type: 'bullets', items: [{ runs: [{ text: 'x"y' }] }, { runs: [{ text: 'nested' }], level: 1 }] },
  ],
});

describe('the HTML email body', () => {
  const html = renderHtml(nasty);

  it('escapes every string', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Risks &amp; &lt;issues&gt;');
    expect(html).toContain('line one<br>line two &lt;b&gt;');
    expect(html).not.toContain('\uFFFE');
  });

  it('uses real tables with inline colours Outlook keeps, and spans band rows', () => {
    expect(html).toMatch(/<table[^>]*>/);
    expect(html).toContain('<td bgcolor="#F4C7C3"');
    expect(html).toContain('colspan="2"');
    expect(html).toContain('bgcolor="#B42318"'); // red chip
    expect(html).not.toMatch(/<style|class=/);
    expect(renderHtmlBody(nasty).startsWith('<div')).toBe(true);
  });

  it('carries the same content as the document for the fixture CFO', () => {
    const { doc } = composeReport(fixtureData(), 's-cfo', { today: FIXTURE_TODAY });
    const body = renderHtmlBody(doc);
    expect(body).toContain('Keep it 30 days');
    expect(body).toContain('Top risks');
    expect(body).toContain('$1,200,000');
    expect(body).not.toContain('Prefers numbers over adjectives');
  });
});

describe('the plain text for chat', () => {
  it('reads well without markup', () => {
    const text = renderText(nasty);
    expect(text.split('\n').slice(0, 4)).toEqual([
      '<script>alert(1)</script>',
      'Status <update> · For "Bob" & \'Alice\'',
      'Period 9 Nov – 20 Nov 2026',
      '',
    ]);
    expect(text).toContain('🔴 RED (worsening): a < b & c');
    expect(text).toContain('RISKS & <ISSUES>');
    expect(text).toContain('Objective\n• line one — line two <b>\n    Status: Late');
    expect(text).toContain('• x"y\n  – nested');
    expect(text).not.toContain('\uFFFE');
  });

  it('gives the partner what is needed from them, with dates, and no budget', () => {
    const text = renderText(composeReport(fixtureData(), 's-provider', { today: FIXTURE_TODAY }).doc);
    expect(text).toContain('NEEDED FROM YOU');
    expect(text).toContain('• Do: Confirm the 600/s rate limit in writing — due 30 Nov 2026');
    expect(text).not.toContain('1,200,000');
  });
});
