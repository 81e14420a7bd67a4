import { describe, expect, it } from 'vitest';
import { embedSnippet, embedTitle } from './embedCode';

describe('embedSnippet', () => {
  it('writes the README iframe for a URL', () => {
    const src = 'https://host/course/heavy-ball/?v=1&fn=ravine&embed=1';
    expect(embedSnippet(src, embedTitle(['SGD', 'Momentum'], 'Ravine'))).toBe(
      '<iframe src="https://host/course/heavy-ball/?v=1&fn=ravine&embed=1" title="Heavy Ball: SGD vs. Momentum on Ravine" width="720" height="560" style="border:0"></iframe>',
    );
  });

  it('cannot be broken out of by its title or URL', () => {
    const html = embedSnippet('https://h/?a="><script>', 'x" onload="alert(1)<b>&');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('" onload');
    expect(html).toContain('title="x&quot; onload=&quot;alert(1)&lt;b&gt;&amp;"');
    expect(html.match(/"/g)?.length).toBe(10);
  });
});
