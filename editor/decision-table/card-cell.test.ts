import { describe, expect, it } from 'vitest';
import { cardCellText } from './card-cell';

describe('cardCellText: a decision-table cell on the canvas card', () => {
  it('names channels and tiers in the UI language', () => {
    expect(cardCellText('douyin, xiaohongshu', 'zh')).toBe('抖店、小红书');
    expect(cardCellText('douyin, xiaohongshu', 'en')).toBe('Douyin, Xiaohongshu');
    expect(cardCellText('vip', 'zh')).toBe('VIP 会员');
  });

  it('says not(…) and "-" in words', () => {
    expect(cardCellText('not(douyin, xiaohongshu)', 'zh')).toBe('除抖店、小红书');
    expect(cardCellText('not(douyin, xiaohongshu)', 'en')).toBe('not Douyin, Xiaohongshu');
    expect(cardCellText('-', 'zh')).toBe('任意');
    expect(cardCellText('', 'en')).toBe('any');
  });

  it('leaves amounts, comparisons and unknown words as typed', () => {
    expect(cardCellText('12%', 'zh')).toBe('12%');
    expect(cardCellText('>= 500', 'zh')).toBe('>= 500');
    expect(cardCellText('¥10', 'en')).toBe('¥10');
    expect(cardCellText('live-commerce', 'zh')).toBe('live-commerce');
    expect(cardCellText('"a, b"', 'zh')).toBe('"a, b"');
  });
});
