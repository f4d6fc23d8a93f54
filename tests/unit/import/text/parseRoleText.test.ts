import { describe, expect, it } from 'vitest';
import { parseRoleText, type ParseRoleTextResult } from '../../../../src/import';
import type { Responsibility, Role } from '../../../../src/model/schema';
import { parseOrg } from '../../../../src/model';
import { FIXTURES, fixture, uncoveredLines } from './fixtures';

const roleTitled = (result: ParseRoleTextResult, title: string): Role => {
  const role = result.org.roles.find((candidate) => candidate.title === title);
  if (!role) throw new Error(`no role titled ${title}; the roles are ${result.org.roles.map((r) => r.title).join(', ')}`);
  return role;
};
const duties = (role: Role): Responsibility[] => (role.responsibilities ?? []).flatMap((group) => group.items);
const dutyTexts = (role: Role) => duties(role).map((duty) => duty.text);
const codes = (result: ParseRoleTextResult) => result.warnings.map((warning) => warning.code);

describe('parseRoleText', () => {
  describe('given an HR-system export with bullets', () => {
    const result = parseRoleText(fixture('hr-export.txt'));

    it('reads one role per "Position:" with its department and location', () => {
      expect(result.org.roles.map((role) => role.title)).toEqual(['Regional Sales Director', 'Account Manager', 'Sales Coordinator']);
      expect(roleTitled(result, 'Regional Sales Director')).toMatchObject({ department: 'Sales', location: 'Shanghai' });
    });

    it('links "Reports to:" to the role of that title', () => {
      expect(roleTitled(result, 'Account Manager').reportsTo).toBe(roleTitled(result, 'Regional Sales Director').id);
      expect(roleTitled(result, 'Sales Coordinator').reportsTo).toBe(roleTitled(result, 'Account Manager').id);
    });

    it('keeps a superior who is not in the text as a name, with a warning, and invents no role', () => {
      const director = roleTitled(result, 'Regional Sales Director');
      expect(director.reportsTo).toBeUndefined();
      expect(director.meta?.superior).toBe('Chief Commercial Officer');
      expect(result.warnings.find((w) => w.code === 'unknown_superior')?.message).toMatch(/^line 6: .*Chief Commercial Officer/);
      expect(result.org.roles).toHaveLength(3);
    });

    it('nests the indented bullets under their duty', () => {
      const director = roleTitled(result, 'Regional Sales Director');
      expect(dutyTexts(director)).toHaveLength(3);
      expect(duties(director)[1]!.children?.map((child) => child.text)).toEqual(['Run weekly pipeline reviews with each manager', 'Agree quarterly targets and review them every month']);
    });

    it('marks "is a plus" and "is preferred" requirements as preferred', () => {
      expect(roleTitled(result, 'Regional Sales Director').qualifications?.map((q) => q.kind)).toEqual(['required', 'required', 'preferred']);
      expect(roleTitled(result, 'Account Manager').qualifications?.map((q) => [q.kind, q.category])).toEqual([
        ['required', 'education'],
        ['preferred', 'experience'],
        ['required', 'skill'],
      ]);
    });

    it('reports the export banner as text it left out', () => {
      expect(result.warnings.filter((w) => w.code === 'unread_text').map((w) => w.line)).toEqual([1]);
    });
  });

  describe('given a Chinese text with several 岗位职责', () => {
    const result = parseRoleText(fixture('zh-multi.txt'));

    it('reads it as Chinese, one role per description', () => {
      expect(result.language).toBe('zh');
      expect(result.org.name).toBe('岗位职责');
      expect(result.org.roles.map((role) => role.title)).toEqual(['销售总监', '销售经理', '销售助理']);
    });

    it('nests （1） under 2、 and joins a wrapped line without a space', () => {
      const director = roleTitled(result, '销售总监');
      expect(dutyTexts(director)).toHaveLength(3);
      expect(duties(director)[1]!.children).toHaveLength(2);
      expect(dutyTexts(roleTitled(result, '销售经理'))[1]).toBe('开发新客户，维护老客户，并定期回访');
    });

    it('reads 工作性质 as the summary and 权限 as powers', () => {
      const director = roleTitled(result, '销售总监');
      expect(director.summary).toBe('全面负责公司产品的销售工作。');
      expect(director.authority).toHaveLength(2);
    });

    it('reads the ① fines as CNY penalties', () => {
      expect(roleTitled(result, '销售总监').assessments?.map((a) => a.penalty)).toEqual([
        { amount: 100, currency: 'CNY', per: 'occurrence' },
        { amount: 200, currency: 'CNY', per: 'occurrence' },
      ]);
    });

    it('reads 任职要求 with 优先 as preferred, and files age', () => {
      const manager = roleTitled(result, '销售经理');
      expect(manager.qualifications?.map((q) => q.kind)).toEqual(['required', 'preferred', 'required']);
      expect(manager.qualifications?.[2]!.category).toBe('age');
    });

    it('resolves 直接上级 to the role of this text, and keeps 总经理 as a name', () => {
      expect(roleTitled(result, '销售经理').reportsTo).toBe(roleTitled(result, '销售总监').id);
      expect(roleTitled(result, '销售总监').meta?.superior).toBe('总经理');
    });

    it('starts a role at a bare title line over 岗位职责', () => {
      expect(dutyTexts(roleTitled(result, '销售助理'))).toEqual(['整理销售合同和客户档案', '统计每日发货数据', '完成领导交办的其他工作。']);
    });
  });

  describe('given markdown', () => {
    const result = parseRoleText(fixture('markdown.md'));
    const lead = roleTitled(result, 'Customer Success Lead');

    it('reads each "##" heading as a role and "###" as its sections', () => {
      expect(result.org.roles.map((role) => role.title)).toEqual(['Customer Success Lead', 'Customer Success Associate']);
      expect(roleTitled(result, 'Customer Success Associate').reportsTo).toBe(lead.id);
    });

    it('reads the bold summary without its markdown', () => {
      expect(lead.summary).toBe('Keeps every enterprise customer healthy, renewing and growing.');
    });

    it('reads the workflow as phases of steps', () => {
      expect(lead.workflow?.phases.map((phase) => [phase.title, phase.steps.length])).toEqual([
        ['Onboarding', 2],
        ['Adoption', 1],
        ['Renewal', 2],
      ]);
    });

    it('nests indented bullets', () => {
      expect(duties(lead)).toHaveLength(3);
      expect(duties(lead)[1]!.children).toHaveLength(2);
    });
  });

  describe('given a messy CRLF paste with mixed numbering', () => {
    const text = fixture('messy-crlf.txt');
    const result = parseRoleText(text);
    const supervisor = roleTitled(result, 'Warehouse Supervisor');

    it('splits several items on one line and keeps 1) 2. 4、 as one list', () => {
      expect(dutyTexts(supervisor)).toEqual([
        'Plan the daily picking and packing shifts',
        'Check incoming goods against purchase orders.',
        'Keep stock counts accurate, and report differences to the operations manager the same day.',
        'Train new warehouse staff on safety rules.',
        'Keep the loading bay clear.',
        'Sign off the daily dispatch list.',
      ]);
    });

    it('gives a wrapped duty the span of both its lines', () => {
      const id = duties(supervisor)[2]!.id;
      const [start, end] = result.spans[id]!;
      expect(text.slice(start, end)).toBe('3. Keep stock counts accurate, and report differences to the\r\noperations manager the same day.');
    });

    it('reads RMB and ¥ fines as CNY, and warns about a fine with no currency', () => {
      expect(supervisor.assessments?.map((a) => a.penalty)).toEqual([{ amount: 100, currency: 'CNY', per: 'occurrence' }, { amount: 200, currency: 'CNY', per: 'occurrence' }, undefined]);
      expect(result.warnings.find((w) => w.code === 'no_currency')?.message).toMatch(/^line 13: a fine of 30/);
    });

    it('uses options.currency for that fine', () => {
      const withCurrency = parseRoleText(text, { currency: 'EUR' });
      expect(roleTitled(withCurrency, 'Warehouse Supervisor').assessments?.[2]!.penalty).toEqual({ amount: 30, currency: 'EUR', per: 'day' });
      expect(codes(withCurrency)).not.toContain('no_currency');
    });

    it('links the supervisor to a role described after it', () => {
      expect(supervisor.reportsTo).toBe(roleTitled(result, 'Operations Manager').id);
    });
  });

  describe('given a text in the seed’s style', () => {
    const result = parseRoleText(fixture('seed-style.txt'));

    it('finds the four descriptions, named by their headings and fields', () => {
      expect(result.org.roles.map((role) => role.title)).toEqual(['Purchasing 1', 'Purchasing department 2', 'Purchasing Assistant', 'Purchasing manager']);
      expect(roleTitled(result, 'Purchasing Assistant').alternateTitles).toEqual(['Buyer Assistant']);
    });

    it('reads a heading glued to its first item ("…responsibilities: 1 1,") and joins the wrapped duty', () => {
      const first = roleTitled(result, 'Purchasing 1');
      expect(dutyTexts(first)).toHaveLength(4);
      expect(dutyTexts(first)[2]).toBe('Prepare purchase orders according to the production plan, and follow up delivery until the goods arrive in the warehouse');
    });

    it('reads "qualified" as requirements, "2.3 years … preferred" as item 2', () => {
      const qualifications = roleTitled(result, 'Purchasing 1').qualifications!;
      expect(qualifications.map((q) => q.kind)).toEqual(['required', 'preferred', 'required']);
      expect(qualifications[1]!.text).toBe('3 years purchasing experience in manufacturing is preferred');
    });

    it('reads a second list of fines after the duties as assessments', () => {
      const second = roleTitled(result, 'Purchasing department 2');
      expect(dutyTexts(second)).toHaveLength(3);
      expect(second.assessments?.map((a) => a.penalty?.amount)).toEqual([50, 100]);
    });

    it('reads the workflow’s First/Second as phases with nested steps', () => {
      const workflow = roleTitled(result, 'Purchasing Assistant').workflow!;
      expect(workflow.phases.map((phase) => phase.title)).toEqual(['Prepare the order', 'Place the order']);
      expect(workflow.phases[1]!.steps[0]!.children).toHaveLength(2);
    });

    it('moves "has the right to" out of the duties into the powers', () => {
      const manager = roleTitled(result, 'Purchasing manager');
      expect(dutyTexts(manager)).toHaveLength(2);
      expect(manager.authority).toEqual(['Have the right to stop payment to suppliers who deliver unqualified goods.']);
    });

    it('resolves "Direct superior:" by title to a role described later', () => {
      expect(roleTitled(result, 'Purchasing Assistant').reportsTo).toBe(roleTitled(result, 'Purchasing manager').id);
    });
  });

  describe.each(FIXTURES)('for %s', (name) => {
    const text = fixture(name);
    const result = parseRoleText(text);

    it('produces an org parseOrg accepts', () => {
      expect(parseOrg(result.org).ok).toBe(true);
    });

    it('gives every id a span, and each duty’s span starts with its text', () => {
      const ids: string[] = [];
      for (const role of result.org.roles) {
        ids.push(role.id);
        for (const group of role.responsibilities ?? []) ids.push(group.id);
        for (const q of role.qualifications ?? []) ids.push(q.id);
        for (const a of role.assessments ?? []) ids.push(a.id);
        if (role.workflow) ids.push(role.workflow.id, ...role.workflow.phases.map((phase) => phase.id));
        const walk = (items: readonly Responsibility[]) => items.forEach((item) => (ids.push(item.id), walk(item.children ?? [])));
        for (const group of role.responsibilities ?? []) {
          walk(group.items);
          for (const duty of group.items) {
            const [start, end] = result.spans[duty.id]!;
            expect(text.slice(start, end).replace(/\s+/g, ' ')).toContain(duty.text.slice(0, 12));
          }
        }
      }
      for (const id of ids) expect(result.spans[id], id).toBeDefined();
    });

    it('drops no line silently: each is in a span or a warning', () => {
      expect(uncoveredLines(text, [...Object.values(result.spans), ...result.warnings.map((w) => w.span)])).toEqual([]);
    });
  });

  describe('given text with no job description in it', () => {
    it.each([
      ['', 'empty'],
      ['   \n\t\n', 'empty'],
      ['Minutes of the Tuesday meeting. We agreed to meet again.', 'no_roles'],
    ])('%j gives an empty org and a %s warning', (text, code) => {
      const result = parseRoleText(text);
      expect(result.org.roles).toEqual([]);
      expect(codes(result)).toContain(code);
    });

    it('says a binary file is one', () => {
      expect(codes(parseRoleText('\u0000\u0001PK\u0003\u0004binary\u0000\u0000'))).toContain('binary');
    });

    it('never throws on a value that is not a string', () => {
      expect(parseRoleText(42 as unknown as string).warnings[0]!.code).toBe('empty');
    });
  });

  describe('given duties without any title', () => {
    const result = parseRoleText('Responsibilities:\n1. Plan the shifts\n2. Count the stock');

    it('names the role and says so', () => {
      expect(result.org.roles.map((role) => role.title)).toEqual(['Role 1']);
      expect(codes(result)).toContain('untitled_role');
    });
  });

  describe('given a title line over the duties', () => {
    it('takes the title from it', () => {
      const result = parseRoleText('Night Shift Lead\n\nDuties\n- Open the site\n- Close the site');
      expect(result.org.roles.map((role) => [role.title, dutyTexts(role)])).toEqual([['Night Shift Lead', ['Open the site', 'Close the site']]]);
    });
  });

  describe('given fines written in Chinese numerals', () => {
    const result = parseRoleText(['仓库管理员岗位职责', '一、岗位职责', '1、每周盘点库存；', '二、考核', '1、盘点未完成，罚款五十元；', '2、账实不符，一百元/次；', '3、丢失货物，扣一千五百元。'].join('\n'));

    it('reads each amount as a penalty in yuan', () => {
      expect(result.org.roles[0]!.assessments?.map((a) => a.penalty)).toEqual([
        { amount: 50, currency: 'CNY', per: 'occurrence' },
        { amount: 100, currency: 'CNY', per: 'occurrence' },
        { amount: 1500, currency: 'CNY', per: 'occurrence' },
      ]);
    });
  });
});
