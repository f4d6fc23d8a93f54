import { describe, expect, it } from 'vitest';
import { readOrdinal, readRoleHeading, readSectionHeading } from '../../../../src/import/text/headings';

describe('readSectionHeading', () => {
  it.each([
    ['Responsibilities', 'duties', ''],
    ['Main responsibilities:', 'duties', ''],
    ['Job content: plan and sell', 'duties', 'plan and sell'],
    ['[Job responsibilities]', 'duties', ''],
    ['### Responsibilities', 'duties', ''],
    ['Job responsibilities and specific work process', 'duties', ''],
    ['qualified', 'qualifications', ''],
    ['Qualifications:', 'qualifications', ''],
    ['Job requirements:', 'qualifications', ''],
    ['**Requirements**', 'qualifications', ''],
    ['Workflow:', 'workflow', ''],
    ['Assessment', 'assessments', ''],
    ['Management authority: may approve discounts', 'authority', 'may approve discounts'],
    ['Nature of work: supports the director', 'summary', 'supports the director'],
    ['Management responsibilities: answers for results', 'accountabilities', 'answers for results'],
    ['岗位职责：', 'duties', ''],
    ['【岗位职责】', 'duties', ''],
    ['任职要求', 'qualifications', ''],
    ['工作流程：', 'workflow', ''],
    ['考核', 'assessments', ''],
    ['权限：', 'authority', ''],
    ['工作性质：负责销售', 'summary', '负责销售'],
  ])('%j is a %s heading', (text, kind, inline) => {
    const heading = readSectionHeading(text)!;
    expect(heading.kind).toBe(kind);
    expect(text.slice(heading.inlineStart).trim()).toBe(inline);
  });

  it.each([
    ['Responsibilities of the sales manager include planning and reporting to the board every quarter'],
    ['Plan the budget'],
    ['Be responsible for the work undertaken.'],
    ['负责客户开发'],
    [''],
  ])('%j is not a heading', (text) => {
    expect(readSectionHeading(text)).toBeUndefined();
  });
});

describe('readRoleHeading', () => {
  it.each([
    ['Responsibilities of the sales manager', 'Sales manager', undefined, ''],
    ['Job responsibilities of the sales department', 'Sales department', undefined, ''],
    ['Responsibilities of the purchasing department 4 1. Assist stores', 'Purchasing department', '4', '1. Assist stores'],
    ['Responsibilities of the buying office: 1 1 1. Under the manager', 'Buying office', '11', '1. Under the manager'],
    ['Purchasing department 2 job responsibilities 1, run the office', 'Purchasing department', '2', '1, run the office'],
    ['Buying responsibilities121; Be responsible', 'Buying', '12', '1; Be responsible'],
    ['Buying responsibilities: 1 1, find suppliers', 'Buying', '1', '1, find suppliers'],
    ['Responsibilities of the buying department 6 a, handle returns', 'Buying department', '6', 'a, handle returns'],
    ['Warehouse Supervisor Job Description', 'Warehouse Supervisor', undefined, ''],
    ['销售经理岗位职责', '销售经理', undefined, ''],
    ['采购助理职责：', '采购助理', undefined, '：'],
  ])('%j names %j (ordinal %s)', (text, title, ordinal, rest) => {
    const heading = readRoleHeading(text)!;
    expect(heading.title).toBe(title);
    expect(heading.ordinal).toBe(ordinal);
    expect(text.slice(heading.rest).trim()).toBe(rest);
  });

  it.each([
    ['Main responsibilities:'],
    ['Job responsibilities and specific work process'],
    ['Management responsibilities: answers for results'],
    ["In today's market, job responsibilities play a role"],
    ['The following are my responsibilities carefully arranged'],
    ['岗位职责'],
    ['主要职责：'],
    ['Plan the budget'],
  ])('%j does not open a role', (text) => {
    expect(readRoleHeading(text)).toBeUndefined();
  });
});

describe('readOrdinal', () => {
  it.each([
    [' 4', '4', ''],
    [' (15)', '15', ''],
    [' 4 1. Assist', '4', '1. Assist'],
    ['121; Be', '12', '1; Be'],
    [': 1 1, find', '1', '1, find'],
    [' 1. Plan', undefined, '1. Plan'],
    [' [Management Level]', undefined, '[Management Level]'],
  ])('%j: ordinal %s, then %j', (text, ordinal, rest) => {
    const read = readOrdinal(text, 0);
    expect(read.ordinal).toBe(ordinal);
    expect(text.slice(read.rest).trim()).toBe(rest);
  });
});
