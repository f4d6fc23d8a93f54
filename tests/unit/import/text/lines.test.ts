import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../src/import/text/language';
import { isPunctuationOnly, lineAt, splitLines } from '../../../../src/import/text/lines';

describe('splitLines', () => {
  it.each([
    ['a\nb', [[0, 1], [2, 3]]],
    ['a\r\nb', [[0, 1], [3, 4]]],
    ['a\rb\n', [[0, 1], [2, 3], [4, 4]]],
    ['', [[0, 0]]],
  ])('%j → %j', (text, spans) => {
    const lines = splitLines(text);
    expect(lines.map((line) => [line.start, line.end])).toEqual(spans);
    for (const line of lines) expect(line.text).toBe(text.slice(line.start, line.end));
  });

  it('numbers lines as an editor does, a CRLF counting once', () => {
    const lines = splitLines('one\r\ntwo\r\nthree');
    expect(lines.map((line) => line.number)).toEqual([1, 2, 3]);
    expect(lineAt(lines, 6)).toBe(2);
    expect(lineAt(lines, 10)).toBe(3);
  });
});

describe('isPunctuationOnly', () => {
  it.each([
    [';', true],
    ['---', true],
    ['。', true],
    ['a;', false],
    ['销', false],
  ])('%j: %s', (text, expected) => {
    expect(isPunctuationOnly(text)).toBe(expected);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Responsibilities of the buyer', undefined, 'en'],
    ['岗位职责：负责采购', undefined, 'zh'],
    ['Job title: 销售经理\n岗位职责：1、负责销售', undefined, 'zh'],
    ['Buyer', 'zh-CN', 'zh'],
    ['采购', 'en', 'zh'],
  ])('%j (hint %s) is %s', (text, hint, language) => {
    expect(detectLanguage(text, hint)).toBe(language);
  });
});
