import { describe, expect, it } from 'vitest';
import { cjkNumeral, findNextInlineMarker, isPlausibleStart, readMarker, resolveMarkerValue } from '../../../../src/import/text/numbering';

describe('readMarker', () => {
  describe.each([
    ['1. Plan the sales budget', 'digit', 1, 'Plan the sales budget'],
    ['2, visit key customers', 'digit', 2, 'visit key customers'],
    ['3、负责客户开发', 'digit', 3, '负责客户开发'],
    ['4; report weekly', 'digit', 4, 'report weekly'],
    ['5) check the stock', 'digit-paren', 5, 'check the stock'],
    ['(6) train new staff', 'paren-digit', 6, 'train new staff'],
    ['（7）整理合同', 'paren-digit', 7, '整理合同'],
    ['(1), keep the files', 'paren-digit', 1, 'keep the files'],
    ['a, confirm the delivery', 'letter', 1, 'confirm the delivery'],
    ['B. If the customer asks', 'letter', 2, 'If the customer asks'],
    ['(c) sign the order', 'paren-letter', 3, 'sign the order'],
    ['① 未按时提交', 'circled', 1, '未按时提交'],
    ['⑫超时', 'circled', 12, '超时'],
    ['一、岗位职责', 'cjk', 1, '岗位职责'],
    ['十二、其他', 'cjk', 12, '其他'],
    ['（三）统计数据', 'paren-cjk', 3, '统计数据'],
    ['First, find the problem', 'ordinal', 1, 'find the problem'],
    ['Third, job responsibilities:', 'ordinal', 3, 'job responsibilities:'],
    ['Step 2: Send the quote', 'step', 2, 'Send the quote'],
    ['第二步：发货', 'step', 2, '发货'],
    ['• Own the revenue plan', 'bullet•', 0, 'Own the revenue plan'],
    ['- Review usage', 'bullet-', 0, 'Review usage'],
    ['    ◦ Run weekly reviews', 'bullet◦', 0, 'Run weekly reviews'],
  ])('%j', (text, family, value, rest) => {
    it(`is a ${family} marker, item ${value}`, () => {
      const marker = readMarker(text)!;
      expect(marker.family).toBe(family);
      expect(marker.value).toBe(value);
      expect(text.slice(marker.end)).toBe(rest);
    });
  });

  describe('OCR damage', () => {
    it('reads "1 1," as 11, keeping the separate digits', () => {
      const marker = readMarker('1 1, plan the budget')!;
      expect(marker.value).toBe(11);
      expect(marker.digits).toEqual(['1', '1']);
    });

    it('reads "2.2 years…" as item 2 with its text glued on', () => {
      const marker = readMarker('2.2 years of experience')!;
      expect(marker.value).toBe(2);
      expect('2.2 years of experience'.slice(marker.end)).toBe('2 years of experience');
    });
  });

  it.each([
    ['1,000 yuan is the fine'],
    ['**Responsibilities**'],
    ['Sales manager'],
    ['2024 plan'],
    ['In today’s market'],
    [''],
  ])('finds no marker in %j', (text) => {
    expect(readMarker(text)).toBeUndefined();
  });
});

describe('resolveMarkerValue', () => {
  it.each([
    // digits, expected, reading
    ['1 1,', 11, 11],
    ['1 1,', 1, 1],
    ['2 1.', 21, 21],
    ['1 1,', undefined, 1],
    ['7.', 8, 7],
  ])('%j after a list expecting %s reads %s', (text, expected, value) => {
    expect(resolveMarkerValue(readMarker(text)!, expected)).toBe(value);
  });
});

describe('isPlausibleStart', () => {
  it.each([
    ['a, one', undefined, true],
    ['C, three', 3, true],
    ['C, three', undefined, false],
    ['Second, the team', undefined, false],
    ['Second, the team', 2, true],
    ['4. four', undefined, true],
  ])('%j (expecting %s): %s', (text, expected, plausible) => {
    expect(isPlausibleStart(readMarker(text)!, expected ?? 1)).toBe(plausible);
  });
});

describe('cjkNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['九十九', 99],
    ['一二', undefined],
    ['百', undefined],
  ])('%s is %s', (text, value) => {
    expect(cjkNumeral(text)).toBe(value);
  });
});

describe('findNextInlineMarker', () => {
  const acceptValue = (value: number) => (marker: { value: number }) => marker.value === value;

  it('finds the next item after a sentence ends', () => {
    const text = '14. Do the rounds. 15. Collect market trends.';
    expect(text.slice(findNextInlineMarker(text, 4, acceptValue(15))!.start)).toBe('15. Collect market trends.');
  });

  it('does not split a name such as "7.KA" (no space after the dot)', () => {
    expect(findNextInlineMarker('Manage the 7.KA channel.', 0, () => true)).toBeUndefined();
  });

  it('finds a sub-list opened by a colon', () => {
    const text = 'Arrange training: a, confirm the date; b. book the room';
    const marker = findNextInlineMarker(text, 0, (m, afterColon) => afterColon && m.value === 1)!;
    expect(text.slice(marker.end)).toBe('confirm the date; b. book the room');
  });

  it('leaves a number the list does not expect', () => {
    expect(findNextInlineMarker('3. Ship in 2 days. 9. Then', 3, acceptValue(4))).toBeUndefined();
  });
});
