import { describe, expect, it } from 'vitest';
import { looksLikeQualification, qualificationCategory, qualificationKind } from '../../../../src/import/text/qualification';

describe('qualificationKind', () => {
  it.each([
    ['3 years purchasing experience is preferred', 'preferred'],
    ['Priority to candidates with a CPA', 'preferred'],
    ['Mandarin is a plus', 'preferred'],
    ['市场营销专业优先', 'preferred'],
    ['Bachelor degree or above', 'required'],
    ['大专以上学历', 'required'],
  ])('%j is %s', (text, kind) => {
    expect(qualificationKind(text)).toBe(kind);
  });
});

describe('qualificationCategory', () => {
  it.each([
    ['College degree or above, aged 30-40, in good health', 'education'],
    ['Under 35 years old, sales experience is preferred', 'age'],
    ['5 years of experience running a warehouse', 'experience'],
    ['Physically fit for shift work', 'health'],
    ['Strong negotiation skills', 'skill'],
    ['Honest, careful and hard-working', 'trait'],
    ['本科及以上学历', 'education'],
    ['年龄25-40岁', 'age'],
    ['三年以上销售经验', 'experience'],
    ['具有较强的沟通协调能力', 'skill'],
    ['Must complete the monthly quota', undefined],
  ])('%j is filed under %s', (text, category) => {
    expect(qualificationCategory(text)).toBe(category);
  });
});

describe('looksLikeQualification', () => {
  it.each([
    ['Bachelor degree in logistics', true],
    ['Under 30 years old', true],
    ['本科学历', true],
    ['Plan the daily shifts', false],
  ])('%j: %s', (text, expected) => {
    expect(looksLikeQualification(text)).toBe(expected);
  });
});
