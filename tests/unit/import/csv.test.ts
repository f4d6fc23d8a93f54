import { describe, expect, it } from 'vitest';
import { fromCSV, type ImportIssue, type ImportResult } from '../../../src/import';
import type { Org } from '../../../src/model';

/** A small sales team: a head of sales, her assistant, two area leads, three account reps. */
const team = [
  'Employee ID,Full Name,Job Title,Manager ID,Department,Email',
  'S100,Marta Quill,Head of Sales,,Sales,marta@example.com',
  'S101,Jonah Reed,Assistant to the Head of Sales,S100,Sales,jonah@example.com',
  'S110,Ines Varga,Area Lead North,S100,Sales,ines@example.com',
  'S120,Tomas Brandt,Area Lead South,S100,Sales,tomas@example.com',
  'S111,Lea Park,Account Rep,S110,Sales,lea@example.com',
  'S112,Omar Haddad,Account Rep,S110,Sales,omar@example.com',
  'S121,Rosa Lind,Account Rep,S120,Sales,rosa@example.com',
].join('\n');

const org = (result: ImportResult): Org => {
  if (!result.ok) throw new Error(`expected ok, got ${result.issues.map((i) => i.message).join('; ')}`);
  return result.org;
};
const failed = (result: ImportResult) => {
  if (result.ok) throw new Error('expected the import to fail');
  return result;
};
const messages = (issues: readonly ImportIssue[]) => issues.map((i) => i.message);
const role = (o: Org, id: string) => o.roles.find((r) => r.id === id);
const person = (o: Org, id: string) => o.people?.find((p) => p.id === id);

describe('fromCSV', () => {
  it('does what the README example says', () => {
    const result = fromCSV(`Employee ID,Full Name,Job Title,Manager ID
S100,Marta Quill,Head of Sales,
S110,Ines Varga,Area Lead North,S100
S111,Lea Park,Account Rep,S999`);
    expect(org(result).roles).toHaveLength(3);
    expect(role(org(result), 'S111')!.reportsTo).toBeUndefined();
    expect(messages(result.warnings)).toEqual(['line 4, "Manager ID": no person has the id "S999"; made a root']);
  });

  describe('given a clean export', () => {
    it('makes one role per row, with its person and manager', () => {
      const o = org(fromCSV(team));
      expect(o.roles.map((r) => r.id)).toEqual(['S100', 'S101', 'S110', 'S120', 'S111', 'S112', 'S121']);
      expect(role(o, 'S111')).toMatchObject({ title: 'Account Rep', reportsTo: 'S110', department: 'Sales', holderIds: ['S111'] });
      expect(person(o, 'S111')).toEqual({ id: 'S111', name: 'Lea Park', email: 'lea@example.com' });
      expect(role(o, 'S100')!.reportsTo).toBeUndefined();
    });

    it('has no warnings', () => {
      expect(fromCSV(team).warnings).toEqual([]);
    });

    it('reports the column mapping it used', () => {
      expect(fromCSV(team).columns).toEqual({
        'Employee ID': 'id',
        'Full Name': 'name',
        'Job Title': 'title',
        'Manager ID': 'managerId',
        Department: 'department',
        Email: 'email',
      });
    });

    it('names the org from options.name', () => {
      expect(org(fromCSV(team, { name: 'Sales' })).name).toBe('Sales');
    });
  });

  describe('reading the text', () => {
    it('drops a UTF-8 byte-order mark before the first header', () => {
      const o = org(fromCSV(`\uFEFF${team}`));
      expect(o.roles).toHaveLength(7);
      expect(fromCSV(`\uFEFF${team}`).columns).toHaveProperty(['Employee ID'], 'id');
    });

    it('reads CRLF line ends', () => {
      expect(org(fromCSV(team.replace(/\n/g, '\r\n'))).roles.map((r) => r.title)).toContain('Area Lead South');
    });

    it('detects a semicolon delimiter', () => {
      const o = org(fromCSV('id;name;title;manager id\r\nS1;Marta Quill;Head of Sales;\r\nS2;Lea Park;Account Rep;S1\r\n'));
      expect(role(o, 'S2')).toMatchObject({ title: 'Account Rep', reportsTo: 'S1' });
    });

    it('detects a tab delimiter', () => {
      const o = org(fromCSV('id\tname\ttitle\nS1\tMarta Quill\tHead of Sales\n'));
      expect(role(o, 'S1')!.title).toBe('Head of Sales');
    });

    it('detects a pipe delimiter', () => {
      expect(role(org(fromCSV('id|name|title\nS1|Marta|Head of Sales\n')), 'S1')!.title).toBe('Head of Sales');
    });

    it('reads doubled quotes inside a quoted cell as one quote', () => {
      expect(role(org(fromCSV('id,name,title\nS1,Marta,"Head of ""Key"" Accounts"\n')), 'S1')!.title).toBe('Head of "Key" Accounts');
    });

    it('keeps commas and newlines inside quoted cells', () => {
      const o = org(fromCSV('id,name,title\nS1,"Quill, Marta","Head of Sales,\nNorth and South"\n'));
      expect(person(o, 'S1')!.name).toBe('Quill, Marta');
      expect(role(o, 'S1')!.title).toBe('Head of Sales,\nNorth and South');
    });

    it('counts a quoted newline when it names a later line', () => {
      const result = fromCSV('id,name,title,manager id\nS1,Marta,"Head\nof Sales",\n\nS2,Lea,Rep,S9\n');
      expect(messages(result.warnings)).toEqual(['line 5, "manager id": no person has the id "S9"; made a root']);
    });

    it("drops the single quote that keeps a spreadsheet from running a formula ('=, '+, '-, '@)", () => {
      const o = org(fromCSV(`id,name,title,phone,Note\nS1,'@marta,"'=HYPERLINK(""http://x"")",'+49 30 1234,'-5\n`));
      expect(role(o, 'S1')!.title).toBe('=HYPERLINK("http://x")');
      expect(person(o, 'S1')).toMatchObject({ name: '@marta', phone: '+49 30 1234' });
      expect(role(o, 'S1')!.meta).toEqual({ Note: '-5' });
    });

    it('keeps a leading quote that is not before a formula character, and drops only one of two', () => {
      const o = org(fromCSV(`id,name,title\nS1,'Marta,''=1+2\n`));
      expect(person(o, 'S1')!.name).toBe("'Marta");
      expect(role(o, 'S1')!.title).toBe("'=1+2");
    });
  });

  describe('matching headers', () => {
    it('ignores case and punctuation', () => {
      const o = org(fromCSV('EMPLOYEE_ID,display-name,JobTitle,Reports To ID\nS1,Marta,Head of Sales,\nS2,Lea,Rep,S1\n'));
      expect(role(o, 'S2')).toMatchObject({ title: 'Rep', reportsTo: 'S1', holderIds: ['S2'] });
    });

    it('joins first and last name when there is no name column', () => {
      const o = org(fromCSV('worker id,first name,last name,position\nS1,Marta,Quill,Head of Sales\n'));
      expect(person(o, 'S1')!.name).toBe('Marta Quill');
    });

    it('reads phone, location, photo, level and a supervisor id', () => {
      const o = org(
        fromCSV(
          'employee number,name,title,supervisor id,phone,office,avatar url,level\nS1,Marta,Head of Sales,,+44 20 7946 0000,London,https://example.com/m.png,director\nS2,Lea,Rep,S1,,Leeds,,\n',
        ),
      );
      expect(person(o, 'S1')).toEqual({ id: 'S1', name: 'Marta', phone: '+44 20 7946 0000', location: 'London', avatarUrl: 'https://example.com/m.png' });
      expect(role(o, 'S1')).toMatchObject({ location: 'London', level: 'director' });
      expect(role(o, 'S2')!.reportsTo).toBe('S1');
    });

    it('reads a photo column and a dotted line manager id column', () => {
      const o = org(fromCSV('id,name,title,manager id,photo,dotted line manager id\nS1,Marta,Head of Sales,,https://example.com/m.png,\nS2,Ines,Area Lead,S1,,\nS3,Lea,Rep,S2,,"S1, S2"\nS4,Omar,Rep,S2,,S1|S3\n'));
      expect(person(o, 'S1')!.avatarUrl).toBe('https://example.com/m.png');
      // The solid-line manager is not repeated as a dotted line.
      expect(role(o, 'S3')!.dottedLineTo).toEqual(['S1']);
      expect(role(o, 'S4')!.dottedLineTo).toEqual(['S1', 'S3']);
    });

    it('maps any header through options.columns', () => {
      const o = org(fromCSV('Emp #,Who,Role Name,Boss\nS1,Marta,Head of Sales,\nS2,Lea,Rep,S1\n', { columns: { 'emp #': 'id', Who: 'name', 'Role Name': 'title', Boss: 'managerId' } }));
      expect(role(o, 'S2')).toMatchObject({ title: 'Rep', reportsTo: 'S1' });
    });

    it('keeps unknown columns in role.meta', () => {
      const o = org(fromCSV('id,name,title,Cost Centre,Hire Date\nS1,Marta,Head of Sales,CC-400,2019-03-01\nS2,Lea,Rep,,\n'));
      expect(role(o, 'S1')!.meta).toEqual({ 'Cost Centre': 'CC-400', 'Hire Date': '2019-03-01' });
      expect(role(o, 'S2')!.meta).toBeUndefined();
    });

    it('drops a column mapped to ignore', () => {
      const o = org(fromCSV('id,name,title,Salary\nS1,Marta,Head of Sales,99000\n', { columns: { salary: 'ignore' } }));
      expect(role(o, 'S1')!.meta).toBeUndefined();
    });
  });

  describe('given a missing required column', () => {
    it('without an id column, names the headers found', () => {
      const result = failed(fromCSV('Name,Job Title,Boss\nMarta,Head of Sales,\n'));
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({ code: 'missing_column', line: 1 });
      expect(result.issues[0]!.message).toMatch(/^line 1: no id column: .*the headers found are "Name", "Job Title", "Boss"$/);
    });

    it('without a title column, says so', () => {
      const result = failed(fromCSV('id,name\nS1,Marta\n'));
      expect(result.issues.map((i) => i.code)).toEqual(['missing_column']);
      expect(result.issues[0]!.message).toMatch(/no title column/);
    });
  });

  describe('given managers that cannot be linked', () => {
    it('makes a person whose manager id is unknown a root, with a warning', () => {
      const result = fromCSV('Employee ID,Name,Title,Manager ID\nS1,Marta,Head of Sales,\nS2,Lea,Rep,S999\n');
      expect(role(org(result), 'S2')!.reportsTo).toBeUndefined();
      expect(result.warnings).toEqual([
        { code: 'unknown_manager', path: ['roles', 1, 'reportsTo'], line: 3, column: 'Manager ID', message: 'line 3, "Manager ID": no person has the id "S999"; made a root' },
      ]);
    });

    it('breaks a reporting cycle at the first row on it, naming the ids', () => {
      const result = fromCSV('id,name,title,manager id\nS1,Marta,Head of Sales,\nS2,Ines,Area Lead,S4\nS3,Lea,Rep,S2\nS4,Omar,Rep,S3\n');
      const o = org(result);
      expect(role(o, 'S2')!.reportsTo).toBeUndefined();
      expect(role(o, 'S4')!.reportsTo).toBe('S3');
      expect(messages(result.warnings)).toEqual(['line 3, "manager id": reporting cycle S2 → S4 → S3 → S2; made "S2" a root']);
    });

    it('breaks a person who is their own manager', () => {
      const result = fromCSV('id,name,title,manager id\nS1,Marta,Head of Sales,S1\n');
      expect(role(org(result), 'S1')!.reportsTo).toBeUndefined();
      expect(result.warnings.map((w) => w.code)).toEqual(['cycle']);
    });
  });

  describe('given a manager column of names (no manager id column)', () => {
    const byName = (rows: string[]) => fromCSV(['id,name,title,reports to', ...rows].join('\n'));

    it('links each person to the one person of that name', () => {
      const o = org(byName(['S1,Marta Quill,Head of Sales,', 'S2,Lea Park,Rep,marta  QUILL']));
      expect(role(o, 'S2')!.reportsTo).toBe('S1');
    });

    it('makes a root, not a guess, when two people share the name', () => {
      const result = byName(['S1,Sam Ito,Area Lead,', 'S2,Sam Ito,Area Lead,', 'S3,Lea Park,Rep,Sam Ito']);
      expect(role(org(result), 'S3')!.reportsTo).toBeUndefined();
      expect(messages(result.warnings)).toEqual(['line 4, "reports to": 2 people are named "Sam Ito" (lines 2, 3); made a root rather than guess']);
    });

    it('warns about a name that matches nobody', () => {
      expect(byName(['S1,Lea Park,Rep,Nobody Here']).warnings.map((w) => w.code)).toEqual(['unknown_manager']);
    });
  });

  describe('given position ids', () => {
    const positions = [
      'position id,employee id,name,title,manager id',
      'P-HEAD,S1,Marta Quill,Head of Sales,',
      'P-REP,S2,Lea Park,Account Rep,S1',
      'P-REP,S3,Omar Haddad,Account Rep,S1',
      'P-LEAD,,,Area Lead,S1',
    ].join('\n');

    it('makes several people on one position one role with several holders', () => {
      const o = org(fromCSV(positions));
      expect(o.roles.map((r) => r.id)).toEqual(['P-HEAD', 'P-REP', 'P-LEAD']);
      expect(role(o, 'P-REP')).toMatchObject({ holderIds: ['S2', 'S3'], reportsTo: 'P-HEAD' });
    });

    it('makes a position row without a person a vacancy', () => {
      const o = org(fromCSV(positions));
      expect(role(o, 'P-LEAD')).toMatchObject({ title: 'Area Lead', reportsTo: 'P-HEAD' });
      expect(role(o, 'P-LEAD')!.holderIds).toBeUndefined();
    });
  });

  describe('reading assistants and dotted lines', () => {
    const csv = [
      'id,name,title,manager id,assistant,matrix manager id',
      'S1,Marta,Head of Sales,,no,',
      'S2,Jonah,Assistant,S1,Yes,',
      'S3,Ines,Area Lead,S1,0,',
      'S4,Lea,Rep,S3,TRUE,S2; S404',
      'S5,Omar,Rep,S3,maybe,',
    ].join('\n');

    it('reads yes/true/1 as an assistant and no/0 as not', () => {
      const o = org(fromCSV(csv));
      expect(o.roles.map((r) => r.assistant ?? false)).toEqual([false, true, false, true, false]);
    });

    it('reads every yes and no spelling', () => {
      const rows = ['yes', 'y', 'TRUE', '1', 'x', 'no', 'N', 'false', '0', ''].map((flag, i) => `S${i},P${i},Rep,,${flag}`);
      const result = fromCSV(['id,name,title,manager id,assistant', ...rows].join('\n'));
      expect(org(result).roles.map((r) => r.assistant ?? false)).toEqual([true, true, true, true, true, false, false, false, false, false]);
      expect(result.warnings).toEqual([]);
    });

    it('warns about an assistant value that is not yes or no', () => {
      expect(messages(fromCSV(csv).warnings)).toContain('line 6, "assistant": "maybe" is not yes/no; ignored');
    });

    it('links dotted-line managers and warns about unknown ones', () => {
      const result = fromCSV(csv);
      expect(role(org(result), 'S4')!.dottedLineTo).toEqual(['S2']);
      expect(messages(result.warnings)).toContain('line 5, "matrix manager id": no person has the id "S404"; this dotted line is left out');
    });
  });

  describe('given bad rows', () => {
    it('leaves out a row without an id, with a warning', () => {
      const result = fromCSV('id,name,title\nS1,Marta,Head of Sales\n,Ghost,Rep\n');
      expect(org(result).roles).toHaveLength(1);
      expect(messages(result.warnings)).toEqual(['line 3, "id": no id; the row is left out']);
    });

    it('leaves out a row without a title, with a warning', () => {
      const result = fromCSV('id,name,title\nS1,Marta,Head of Sales\nS2,Lea,\n');
      expect(messages(result.warnings)).toEqual(['line 3, "title": no title; the row is left out']);
    });

    it('skips blank lines and rows of empty cells silently', () => {
      const result = fromCSV('id,name,title\n\nS1,Marta,Head of Sales\n,,\n');
      expect(org(result).roles).toHaveLength(1);
      expect(result.warnings).toEqual([]);
    });

    it('drops an email that is not one, naming line and column', () => {
      const result = fromCSV('id,name,title,email\nS1,Marta,Head of Sales,marta at example\n');
      expect(person(org(result), 'S1')!.email).toBeUndefined();
      expect(result.warnings).toEqual([expect.objectContaining({ code: 'dropped_value', line: 2, column: 'email' })]);
      expect(result.warnings[0]!.message).toMatch(/^line 2, "email": must be an email address, got "marta at example"; left out$/);
    });

    it('drops a phone number with letters, naming line and column', () => {
      const result = fromCSV('id,name,title,phone\nS1,Marta,Head of Sales,call reception\n');
      expect(person(org(result), 'S1')!.phone).toBeUndefined();
      expect(result.warnings.map((w) => [w.code, w.line, w.column])).toEqual([['dropped_value', 2, 'phone']]);
    });

    it('fails on a duplicate id, naming both lines, and keeps the first row in partial', () => {
      const result = failed(fromCSV('id,name,title\nS1,Marta,Head of Sales\nS2,Lea,Rep\nS2,Omar,Rep\n'));
      expect(messages(result.issues)).toEqual(['line 4, "id": "S2" is already used on line 3; this row is left out']);
      expect(result.partial!.roles.map((r) => r.id)).toEqual(['S1', 'S2']);
      expect(result.partial!.people!.find((p) => p.id === 'S2')!.name).toBe('Lea');
    });

    it('fails on a title longer than the model allows, pointing at its cell', () => {
      const result = failed(fromCSV(`id,name,title\nS1,Marta,Head of Sales\nS2,Lea,${'R'.repeat(501)}\n`));
      expect(result.issues[0]).toMatchObject({ line: 3, column: 'title', path: ['roles', 1, 'title'] });
      expect(result.partial!.roles.map((r) => r.id)).toEqual(['S1']);
    });

    it('warns about a row with more cells than the header', () => {
      expect(messages(fromCSV('id,name,title\nS1,Marta,Head of Sales,extra\n').warnings)).toEqual(['line 2: 4 cells, the header has 3; the extra cells are ignored']);
    });
  });

  describe('given something that is not a people CSV', () => {
    it('gives an empty org, with a warning, for a header-only CSV', () => {
      const result = fromCSV('Employee ID,Name,Job Title\r\n');
      expect(org(result).roles).toEqual([]);
      expect(result.warnings.map((w) => [w.code, w.line])).toEqual([['empty', 1]]);
    });

    it('fails on an empty text', () => {
      expect(failed(fromCSV('  \n')).issues.map((i) => i.code)).toEqual(['empty']);
    });

    it('fails on an HTML page, saying what it is', () => {
      const result = failed(fromCSV('<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>id,name</body></html>'));
      expect(result.issues).toEqual([expect.objectContaining({ code: 'not_csv', line: 1 })]);
      expect(result.issues[0]!.message).toMatch(/HTML/);
    });

    it('fails on a page a browser saved, which starts with a comment', () => {
      const result = failed(fromCSV('\uFEFF<!-- saved from url=(0043)https://hr.example.com/export -->\r\n<html><body><table><tr><td>id</td></tr></table></body></html>'));
      expect(result.issues.map((i) => [i.code, i.line])).toEqual([['not_csv', 1]]);
      expect(result.issues[0]!.message).toMatch(/^line 1: this is an HTML or XML page, not a CSV/);
    });

    it('fails, without throwing, on a value that is not a string', () => {
      expect(failed(fromCSV(42 as unknown as string)).issues.map((i) => i.code)).toEqual(['invalid']);
    });
  });
});
