import { describe, expect, it } from 'vitest';
import { readFine, toPenalty } from '../../../../src/import/text/money';

describe('readFine', () => {
  it.each([
    ['Late report, 50 yuan once.', { amount: 50, currency: 'CNY', per: 'occurrence' }],
    ['No survey this year, an assessment of 20 yuan.', { amount: 20, currency: 'CNY' }],
    ['Stock difference not reported: RMB 100.', { amount: 100, currency: 'CNY' }],
    ['Safety check missed: ¥200 each time.', { amount: 200, currency: 'CNY', per: 'occurrence' }],
    ['未按时提交月度计划，罚款50元/次', { amount: 50, currency: 'CNY', per: 'occurrence' }],
    ['每次扣罚100元', { amount: 100, currency: 'CNY', per: 'occurrence' }],
    ['Late dispatch list: fined 30 per day.', { amount: 30, per: 'day' }],
    ['Missed target: USD 1,500 per month', { amount: 1500, currency: 'USD', per: 'month' }],
    ['A €12.50 charge', { amount: 12.5, currency: 'EUR' }],
    ['未按时提交报表，罚款五十元', { amount: 50, currency: 'CNY' }],
    ['迟到一次，一百元/次', { amount: 100, currency: 'CNY', per: 'occurrence' }],
    ['客户投诉未处理扣二百元', { amount: 200, currency: 'CNY' }],
    ['重大失误罚款一千五百元', { amount: 1500, currency: 'CNY' }],
    ['每次扣罚伍拾元', { amount: 50, currency: 'CNY', per: 'occurrence' }],
    ['罚款人民币两千元', { amount: 2000, currency: 'CNY' }],
    ['丢失样品罚款1.5万元', { amount: 15000, currency: 'CNY' }],
    ['先罚款三十元，再扣50元', { amount: 30, currency: 'CNY' }],
  ])('%j', (text, fine) => {
    expect(readFine(text)).toEqual(fine);
  });

  it.each([['3 years of experience'], ['Visit customers twice a week'], ['Check 7.KA accounts'], [''], ['建立统一元数据标准'], ['一元化管理'], ['和同事一块儿完成']])('%j names no fine', (text) => {
    expect(readFine(text)).toBeUndefined();
  });
});

describe('toPenalty', () => {
  it('uses the fine’s own currency over the fallback', () => {
    expect(toPenalty({ amount: 5, currency: 'CNY' }, 'EUR')).toEqual({ amount: 5, currency: 'CNY' });
  });

  it('uses options.currency for a fine written without one', () => {
    expect(toPenalty({ amount: 30, per: 'day' }, 'EUR')).toEqual({ amount: 30, currency: 'EUR', per: 'day' });
  });

  it('gives no penalty when no currency is known at all', () => {
    expect(toPenalty({ amount: 30 }, undefined)).toBeUndefined();
  });
});
