import { describe, expect, it } from 'vitest';
import { normaliseTitle, readKeyValue, splitAlternateTitles } from '../../../../src/import/text/keyValue';

describe('readKeyValue', () => {
  it.each([
    ['Job title: Warehouse Supervisor', 'title', 'Warehouse Supervisor'],
    ['Title: Head of Buying', 'title', 'Head of Buying'],
    ['Position: Account Manager', 'title', 'Account Manager'],
    ['Direct superior: Operations Manager', 'superior', 'Operations Manager'],
    ['Direct supervisor: buying manager', 'superior', 'buying manager'],
    ['**Reports to:** Head of Customer Success', 'superior', 'Head of Customer Success'],
    ['Direct reports: buyers and clerks.', 'reports', 'buyers and clerks'],
    ['Department: Sales', 'department', 'Sales'],
    ['Location: Shanghai', 'location', 'Shanghai'],
    ['岗位名称：销售总监', 'title', '销售总监'],
    ['直接上级：总经理', 'superior', '总经理'],
    ['直接下级：销售经理', 'reports', '销售经理'],
  ])('%j is the %s %j', (text, field, value) => {
    expect(readKeyValue(text)).toMatchObject({ field, value });
  });

  it.each([
    ['Note: this is not a field'],
    ['Nature of work: supports the director'],
    ['Plan the budget'],
    ['Because of the new rules that came in last year, the title: changed'],
  ])('%j is not a field of the role', (text) => {
    expect(readKeyValue(text)).toBeUndefined();
  });
});

describe('splitAlternateTitles', () => {
  it.each([
    ['Assistant Director = Marketing Manager', 'Assistant Director', ['Marketing Manager']],
    ['Buyer (= Purchasing Agent = Procurement Officer)', 'Buyer', ['Purchasing Agent', 'Procurement Officer']],
    ['Sales manager', 'Sales manager', []],
  ])('%j → %j and %j', (value, title, alternates) => {
    expect(splitAlternateTitles(value)).toEqual({ title, alternates });
  });
});

describe('normaliseTitle', () => {
  it.each([
    ['The Sales Manager', 'sales manager'],
    ['sales  manager.', 'sales manager'],
    ['Head of Sales', 'head sales'],
    ['销售经理', '销售经理'],
  ])('%j → %j', (title, key) => {
    expect(normaliseTitle(title)).toBe(key);
  });
});
