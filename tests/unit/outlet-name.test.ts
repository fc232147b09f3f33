import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../electron/clipping/html/extract';
import { cleanOutletName } from '../../electron/clipping/outlet-name';

const BODY = `<article><h1>Ferry timetable changes for the winter season</h1>
<p>The port authority published a new winter timetable on Monday, cutting two evening crossings.</p>
<p>Passengers with tickets for the cancelled crossings will be moved to the next departure, a spokesperson said.</p>
<p>The summer timetable returns in April, when the second ferry is back from its refit in the northern yard.</p></article>`;

function page(head: string): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body>${BODY}</body></html>`;
}

describe('outlet names from a page', () => {
  it('drops the slogan after the site name', () => {
    const article = extractFromHtml(page('<title>Ferry timetable changes - Aktuálně.cz</title><meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje">'));
    expect(article.outlet).toBe('Aktuálně.cz');
    expect(article.title).toBe('Ferry timetable changes');
  });

  it('spells the name as the title suffix does when it is the same name', () => {
    const article = extractFromHtml(page('<title>Ferry timetable changes | Herald Sun</title><meta property="og:site_name" content="HeraldSun">'));
    expect(article.outlet).toBe('Herald Sun');
  });

  it('keeps the site name spelled as given when the title names something else', () => {
    const article = extractFromHtml(page('<title>Ferry timetable changes | Travel</title><meta property="og:site_name" content="HeraldSun">'));
    expect(article.outlet).toBe('HeraldSun');
  });

  it('does not take the author for the outlet', () => {
    const article = extractFromHtml(
      page('<title>Ferry timetable changes</title><meta name="author" content="Mac &amp; i"><meta property="og:site_name" content="Mac &amp; i">'),
      { url: 'https://www.heise.example/news/ferry.html' },
    );
    expect(article.byline).toBe('Mac & i');
    expect(article.outlet).not.toBe('Mac & i');
    expect(article.outlet).toBe('heise.example');
  });
});

describe('cleanOutletName', () => {
  it('keeps a name whose separator is part of the name', () => {
    expect(cleanOutletName('Süddeutsche Zeitung')).toBe('Süddeutsche Zeitung');
    expect(cleanOutletName('Radio Free Europe - Radio Liberty')).toBe('Radio Free Europe - Radio Liberty');
  });

  it('drops a colon slogan and folds white space', () => {
    expect(cleanOutletName('  The  Ledger: news that matters to the valley ')).toBe('The Ledger');
  });

  it('gives nothing for an empty candidate', () => {
    expect(cleanOutletName('   ')).toBeUndefined();
    expect(cleanOutletName(null)).toBeUndefined();
  });
});
