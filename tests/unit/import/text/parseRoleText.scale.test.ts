import { describe, expect, it } from 'vitest';
import { parseRoleText, type ParseRoleTextResult } from '../../../../src/import';
import type { Responsibility } from '../../../../src/model/schema';
import { parseOrg } from '../../../../src/model';
import { fixture, uncoveredLines } from './fixtures';

const FIVE_MB = 5_000_000;
const duties = (result: ParseRoleTextResult, role = 0) => (result.org.roles[role]?.responsibilities ?? []).flatMap((group) => group.items);
const countAll = (items: readonly Responsibility[]): number => items.reduce((n, item) => n + 1 + countAll(item.children ?? []), 0);
const depthOf = (items: readonly Responsibility[]): number => items.reduce((d, item) => Math.max(d, 1 + depthOf(item.children ?? [])), 0);
const codes = (result: ParseRoleTextResult) => result.warnings.map((warning) => warning.code);
const dropsNothing = (text: string, result: ParseRoleTextResult) => uncoveredLines(text, [...Object.values(result.spans), ...result.warnings.map((w) => w.span)]);
/** The shape of a role as an analyst would check it: its title and how many of each thing it has. */
const shapeOf = (result: ParseRoleTextResult, i: number) => {
  const role = result.org.roles[i]!;
  return [role.title, countAll((role.responsibilities ?? []).flatMap((group) => group.items)), role.qualifications?.length ?? 0, role.assessments?.length ?? 0, role.workflow?.phases.length ?? 0];
};

describe('parseRoleText at scale', () => {
  describe('given 5 MB of job descriptions, one document pasted again and again', () => {
    const one = fixture('seed-style.txt') + '\n';
    const copies = Math.ceil(FIVE_MB / one.length);
    const single = parseRoleText(one);
    const result = parseRoleText(one.repeat(copies));
    const perCopy = single.org.roles.length;

    it('reads every copy as the same roles as the document alone', () => {
      expect(result.org.roles).toHaveLength(perCopy * copies);
      const last = (copies - 1) * perCopy;
      for (let i = 0; i < perCopy; i++) expect(shapeOf(result, last + i)).toEqual(shapeOf(single, i));
    });

    it('gives an org parseOrg accepts', () => {
      expect(parseOrg(result.org).ok).toBe(true);
    });

    it('warns only as the document alone does, and that each copy’s superior now has namesakes', () => {
      expect(new Set(codes(result))).toEqual(new Set([...codes(single), 'ambiguous_superior']));
      expect(codes(result).filter((code) => code === 'ambiguous_superior')).toHaveLength(copies);
    });
  });

  describe('given one 5 MB line with no line break', () => {
    const flat = fixture('seed-style.txt').replace(/\r?\n/g, ' ');
    const text = flat.repeat(Math.ceil(FIVE_MB / flat.length)).slice(0, FIVE_MB);
    const result = parseRoleText(text);

    it('returns an org parseOrg accepts, and drops nothing silently', () => {
      expect(text).toHaveLength(FIVE_MB);
      expect(parseOrg(result.org).ok).toBe(true);
      expect(dropsNothing(text, result)).toEqual([]);
    });

    it('cuts over-long text to the model’s limit with a warning rather than failing', () => {
      for (const role of result.org.roles) for (const duty of (role.responsibilities ?? []).flatMap((g) => g.items)) expect(duty.text.length).toBeLessThanOrEqual(5_000);
      expect(codes(result)).not.toContain('invalid');
    });
  });

  describe('given 100,000 empty lines', () => {
    it('says the text is empty', () => {
      expect(codes(parseRoleText('\n'.repeat(100_000)))).toEqual(['empty']);
    });

    it('still reads the one description among them', () => {
      const result = parseRoleText('Store clerk\n' + '\n'.repeat(50_000) + 'Responsibilities:\n' + '\r\n'.repeat(50_000) + '1. Count the till\n');
      expect(result.org.roles.map((role) => [role.title, duties(result).map((duty) => duty.text)])).toEqual([['Store clerk', ['Count the till']]]);
    });
  });

  describe('given 50,000 numbered duties', () => {
    const n = 50_000;
    const text = 'Store clerk\nResponsibilities:\n' + Array.from({ length: n }, (_, i) => `${i + 1}. Check shelf ${i + 1}`).join('\n');
    const result = parseRoleText(text);

    it('keeps each as its own duty, past 999 too', () => {
      const items = duties(result);
      expect(items).toHaveLength(n);
      expect([items[998]!.text, items[999]!.text, items[n - 1]!.text]).toEqual(['Check shelf 999', 'Check shelf 1000', `Check shelf ${n}`]);
    });

    it('gives every duty its own span', () => {
      expect(text.slice(...result.spans[duties(result)[n - 1]!.id]!)).toBe(`${n}. Check shelf ${n}`);
    });
  });

  describe('given a year at the start of a line', () => {
    it('reads it as prose, not as item 2023 of a list', () => {
      const result = parseRoleText('Store clerk\nResponsibilities:\n1. Count the till\n2023. The store moved to the new site.');
      expect(duties(result).map((duty) => duty.text)).toEqual(['Count the till 2023. The store moved to the new site.']);
    });
  });

  describe('given numbering nested far deeper than job descriptions go', () => {
    const families = ['1.', '(1)', '①', 'a)', '一、', '（一）', 'A.', '1)'];
    const n = 20_000;
    const text = 'Store clerk\nResponsibilities:\n' + Array.from({ length: n }, (_, i) => `${families[i % families.length]} item ${i}`).join('\n');
    const result = parseRoleText(text);

    it('keeps every item, nested no deeper than six levels', () => {
      expect(countAll(duties(result))).toBe(n);
      expect(depthOf(duties(result))).toBe(6);
    });

    it('gives an org parseOrg accepts', () => {
      expect(parseOrg(result.org).ok).toBe(true);
    });

    it('keeps indented bullets 1,000 levels deep within six levels', () => {
      const deep = parseRoleText('Store clerk\nDuties:\n' + Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(2 * i)}- item ${i}`).join('\n'));
      expect([countAll(duties(deep)), depthOf(duties(deep))]).toEqual([1_000, 6]);
    });
  });

  describe('given lines of nothing but punctuation', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => [';;;;', '-----', '。。。', '***', '====', '•', '、、', '()（）'][i % 8]).join('\n');
    const result = parseRoleText(text);

    it('finds no role, and says which lines it left out', () => {
      expect(result.org.roles).toEqual([]);
      expect(codes(result)).toEqual(['unread_text', 'no_roles']);
      expect(result.warnings[0]!.message).toMatch(/^lines 1–100000: /);
    });

    it('gives one line of 5 MB of punctuation the same', () => {
      const line = '.;:,-=*#()（）、。'.repeat(FIVE_MB / 15);
      expect(parseRoleText(line).org.roles).toEqual([]);
    });
  });
});
