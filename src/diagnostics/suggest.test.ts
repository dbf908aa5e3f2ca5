import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './suggest.js';

describe('closest', () => {
  it('finds typos within a third of the length', () => {
    expect(closest('finace', ['finance', 'health'])).toBe('finance');
    expect(closest('Finance', ['finance'])).toBe('finance');
    expect(closest('dua', ['due', 'done_on'])).toBe('due');
    expect(closest('xyz', ['finance', 'health'])).toBeUndefined();
  });

  it('finds a shortened or prefixed Chinese name when only one fits', () => {
    expect(closest('督导检查', ['工作部署阶段', '督导检查阶段'])).toBe('督导检查阶段');
    expect(closest('县财政局', ['财政局', '卫生健康局'])).toBe('财政局');
    expect(closest('阶段', ['工作部署阶段', '督导检查阶段'])).toBeUndefined();
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('lead', 'laed')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
