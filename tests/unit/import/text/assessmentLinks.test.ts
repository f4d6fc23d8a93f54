import { describe, expect, it } from 'vitest';
import { DutyIndex, fineClause, topicWords } from '../../../../src/import/text/assessmentLinks';
import { parseRoleText } from '../../../../src/import';
import { parseOrg } from '../../../../src/model';

const index = new DutyIndex([
  { id: 'survey', text: 'Run the quarterly market survey and write its report', group: 0 },
  { id: 'visits', text: 'Visit key customers every month', group: 0 },
  { id: 'other', text: 'Complete other tasks assigned by the leadership', group: 0 },
  { id: 'stock', text: 'Count the warehouse stock every Friday', group: 1 },
  { id: 'plan', text: '按时提交月度销售计划', group: 2 },
  { id: 'complaints', text: '及时处理客户投诉', group: 2 },
]);

describe('DutyIndex.match', () => {
  it.each([
    ['No market survey report this quarter, 50 yuan once', undefined, ['survey']],
    ['Key customers not visited in a month: RMB 100', undefined, ['visits']],
    ['Tasks assigned by the leadership left undone, 20 yuan', undefined, ['other']],
    ['未提交月度销售计划，罚款50元/次', undefined, ['plan']],
    ['客户投诉三天未处理，扣罚200元', undefined, ['complaints']],
  ])('%j checks %j', (text, group, ids) => {
    expect(index.match(text, group)).toEqual(ids);
  });

  it.each([
    ['Late to work, 50 yuan once', 'shares no topic with any duty'],
    ['A customer complaint, 50 yuan', 'shares one word only'],
    ['罚款50元/次', 'is only a fine'],
    ['月度销量下降', 'shares one three-character run (two pairs; three are needed)'],
  ])('%j %s, and links nothing', (text) => {
    expect(index.match(text, undefined)).toEqual([]);
  });

  it('links a rule written after a group of one duty to that duty when no words match', () => {
    expect(index.match('Late, 50 yuan once', 1)).toEqual(['stock']);
  });

  it('links nothing by group when the group has several duties', () => {
    expect(index.match('Late, 50 yuan once', 0)).toEqual([]);
  });

  it('prefers the duties of the rule’s own group when words match in several', () => {
    const twoGroups = new DutyIndex([
      { id: 'a', text: 'Check the delivery notes daily', group: 0 },
      { id: 'b', text: 'Check the delivery notes before dispatch', group: 1 },
    ]);
    expect(twoGroups.match('Delivery notes not checked, 30 yuan', 1)).toEqual(['b']);
  });

  it('links nothing when many duties match equally', () => {
    const alike = new DutyIndex(['north', 'south', 'east'].map((region) => ({ id: region, text: `Serve the ${region} region's customer accounts`, group: 0 })));
    expect(alike.match('Customer accounts not served, 50 yuan', undefined)).toEqual([]);
  });
});

describe('topicWords', () => {
  it.each([
    ['Customers are not satisfied', ['custo', 'satis']],
    ['the and for with yuan 50', []],
    ['客户投诉', ['客户', '户投', '投诉']],
    ['罚款五十元', []],
  ])('%j → %j', (text, words) => {
    expect([...topicWords(text)]).toEqual(words);
  });
});

describe('fineClause', () => {
  it.each([
    ['Submit the plan by the 5th; late plans, 50 yuan once', 'late plans, 50 yuan once'],
    ['Submit the plan by the 5th. Late plans are fined 50 yuan.', 'Late plans are fined 50 yuan.'],
    ['Submit the plan by the 5th. 50 yuan once.', 'Submit the plan by the 5th. 50 yuan once.'],
    ['按时提交月度计划；逾期罚款50元/次', '逾期罚款50元/次'],
  ])('%j → %j', (text, clause) => {
    expect(fineClause(text, text.search(/50/) - (text.includes('fined') ? 'fined '.length : 0))).toBe(clause);
  });
});

const assessments = (text: string) => parseRoleText(text).org.roles[0]!.assessments ?? [];
const dutyOf = (text: string, id: string | undefined) => {
  const role = parseRoleText(text).org.roles[0]!;
  const walk = (items: NonNullable<typeof role.responsibilities>[number]['items']): string | undefined => {
    for (const item of items) if (item.id === id) return item.text;
    for (const item of items) {
      const found = item.children && walk(item.children);
      if (found) return found;
    }
    return undefined;
  };
  return walk((role.responsibilities ?? []).flatMap((group) => group.items));
};

describe('parseRoleText links each rule to the duty it checks', () => {
  describe('given a fine listed under its duty', () => {
    const text = 'Warehouse keeper\nResponsibilities:\n1. Count the stock every Friday\n  (1) A count missed: 50 yuan once\n2. Keep the keys';

    it('makes the fine an assessment of that duty, not a sub-duty', () => {
      const role = parseRoleText(text).org.roles[0]!;
      expect(role.responsibilities![0]!.items.map((duty) => [duty.text, duty.children?.length ?? 0])).toEqual([
        ['Count the stock every Friday', 0],
        ['Keep the keys', 0],
      ]);
      expect(assessments(text).map((a) => [a.text, a.penalty?.amount, dutyOf(text, a.responsibilityIds?.[0])])).toEqual([['A count missed: 50 yuan once', 50, 'Count the stock every Friday']]);
    });

    it('produces an org parseOrg accepts', () => {
      expect(parseOrg(parseRoleText(text).org).ok).toBe(true);
    });
  });

  describe('given a duty that names its own fine', () => {
    const text = 'Sales assistant\nResponsibilities:\n1. Send the weekly report by Friday; a late report, 30 yuan once\n2. Answer the phone';

    it('keeps the duty whole and adds its fine clause as an assessment of it', () => {
      expect(parseRoleText(text).org.roles[0]!.responsibilities![0]!.items[0]!.text).toBe('Send the weekly report by Friday; a late report, 30 yuan once');
      expect(assessments(text).map((a) => [a.text, a.penalty, dutyOf(text, a.responsibilityIds?.[0])])).toEqual([
        ['a late report, 30 yuan once', { amount: 30, currency: 'CNY', per: 'occurrence' }, 'Send the weekly report by Friday; a late report, 30 yuan once'],
      ]);
    });
  });

  describe('given fines listed after the duties', () => {
    const text = [
      'Sales clerk',
      'Responsibilities:',
      '1. Keep the customer visit records complete',
      '2. Prepare the monthly sales collection report',
      '3. Complete other tasks assigned by the leadership',
      'Assessment:',
      '1. Visit records incomplete, 50 yuan once',
      '2. Collection report late, 20 yuan',
      '3. Came late to the morning meeting, 10 yuan',
    ].join('\n');

    it('links each fine whose words name a duty, and leaves the others unlinked', () => {
      expect(assessments(text).map((a) => dutyOf(text, a.responsibilityIds?.[0]))).toEqual(['Keep the customer visit records complete', 'Prepare the monthly sales collection report', undefined]);
    });
  });

  describe('given groups with their own fines', () => {
    const text = ['Store lead', 'Opening', '1. Unlock the doors at 8', 'Assessment:', '1. Late, 20 yuan once', 'Closing', '1. Lock the doors', '2. Cash up the till'].join('\n');

    it('links a fine to the one duty of the group it follows', () => {
      const role = parseRoleText(text).org.roles[0]!;
      expect(assessments(text)[0]!.responsibilityIds).toEqual([role.responsibilities![0]!.items[0]!.id]);
    });
  });

  describe('given Chinese rules', () => {
    const text = ['销售专员岗位职责', '一、岗位职责', '1、按时提交月度销售计划；', '2、及时处理客户投诉。', '二、考核', '①未按时提交月度销售计划，罚款100元/次；', '②迟到早退，罚款20元。'].join('\n');

    it('links a rule to the duty whose words it repeats', () => {
      expect(assessments(text).map((a) => dutyOf(text, a.responsibilityIds?.[0]))).toEqual(['按时提交月度销售计划', undefined]);
    });
  });
});
