/**
 * parseRoleText: job descriptions pasted as plain text → an `Org`, one role per
 * description. The reading, in one pass over the lines:
 *
 * 1. Each line is classified by the recognizers, in this order: a markdown heading, a
 *    list marker (`1.` `(1)` `①` `一、` …), a role heading ("Responsibilities of the sales
 *    manager", "销售经理岗位职责"), a `Key: value` field, a section heading, and otherwise
 *    prose. What a recognizer leaves over on the line (a first item glued to a heading,
 *    a colon's text, a second sentence) is classified again.
 * 2. A role heading or a title field opens a new description once the open one has
 *    content; a heading with nothing under it yet is replaced, and what was read before
 *    it becomes an `unread_text` warning.
 * 3. Items nest by marker family (listTree.ts); prose after an item is its wrapped line.
 * 4. When the text is read, sections become the role's fields, `Direct superior:` names
 *    are resolved to roles of the same text, and the org is validated with parseOrg.
 *
 * Every non-blank line ends in a role's span or in a warning's: nothing is dropped silently.
 */
import type { AssessmentInput, Org, QualificationInput, Responsibility, ResponsibilityGroup, Role, RoleInput, Workflow, WorkflowStep } from '../../model/schema';
import { LIMITS } from '../../model/schema';
import { parseOrg } from '../../model/parseOrg';
import { breakCycles } from '../assemble';
import { capitalise, cleanHeading, readRoleHeading, readSectionHeading, type SectionKind } from './headings';
import { normaliseTitle, readKeyValue, splitAlternateTitles, type KeyValue } from './keyValue';
import { detectLanguage, type TextLanguage } from './language';
import { isPunctuationOnly, lineAt, splitLines, type SourceLine } from './lines';
import { addItem, flatten, withoutTrailingPunctuation, joinToOpenItem, newTree, nodeText, placeMarker, subtreeEnd, type ListNode, type ListTree } from './listTree';
import { locateFine, readFine, toPenalty } from './money';
import { DutyIndex, fineClause, type DutyForLinking } from './assessmentLinks';
import { findNextInlineMarker, isPlausibleStart, readMarker, resolveMarkerValue, type Marker } from './numbering';
import { looksLikeQualification, qualificationCategory, qualificationKind } from './qualification';
import type { ParseRoleTextOptions, ParseRoleTextResult, TextImportWarning, TextImportWarningCode } from './types';

/* -------------------------------------------------------------------------------------------------
 * Drafts: what is read of one description before it becomes a Role
 * -----------------------------------------------------------------------------------------------*/

interface Section {
  /** `restart`: a list that began again at 1 with no heading; classified by its content when the role is built. */
  kind: SectionKind | 'restart';
  title: string | undefined;
  /** Whether a heading named it (prose under a heading is a list of unnumbered items). */
  headed: boolean;
  start: number;
  end: number;
  tree: ListTree;
}

interface Draft {
  start: number;
  end: number;
  /** Line the draft's first fragment is on, to tell "earlier lines" from "this line". */
  firstLine: number;
  title: string | undefined;
  titleFromField: boolean;
  alternates: string[];
  ordinal: string | undefined;
  /** Items, fields or text under it: a heading alone does not make a description. */
  content: boolean;
  sections: Section[];
  section: Section | undefined;
  summary: string[];
  /** Prose before any section: the summary when nothing else gives one. */
  preamble: string[];
  authority: string[];
  accountabilities: string[];
  superior: { name: string; start: number; end: number } | undefined;
  fields: Partial<Record<'reports' | 'department' | 'location' | 'level', string>>;
}

const newDraft = (start: number, line: number): Draft => ({
  start,
  end: start,
  firstLine: line,
  title: undefined,
  titleFromField: false,
  alternates: [],
  ordinal: undefined,
  content: false,
  sections: [],
  section: undefined,
  summary: [],
  preamble: [],
  authority: [],
  accountabilities: [],
  superior: undefined,
  fields: {},
});

/** A stretch of text on one line: the recognizers read it from `from` on. */
interface Fragment {
  line: SourceLine;
  /** Offset into `line.text`. */
  from: number;
}

const LIST_SECTIONS = new Set<Section['kind']>(['duties', 'qualifications', 'workflow', 'assessments', 'authority', 'accountabilities', 'restart']);
const MARKDOWN_HEADING = /^\s*#{1,6}\s+/;
const DEPARTMENT = /\b(?:department|dept|division)$|部门?$/i;
/** `[Management Level]` beside a role heading: the role's level, in brackets. */
const BRACKETED_LEVEL = /^\s*[[【]([^\]】]{1,50}(?:level|grade|级))[\]】]\s*$/i;
/** A title line: short, no sentence punctuation at its end. */
const TITLE_LIKE = /^[^.;:。；：,，!?！？]{1,60}$/;

function isTitleLike(text: string): boolean {
  if (text.length > 200) return false;
  const trimmed = text.trim().replace(/^[#*\s]+|[*\s]+$/g, '');
  return TITLE_LIKE.test(trimmed) && trimmed.split(/\s+/).length <= 8 && /\p{L}/u.test(trimmed);
}

/** Item text on one line, without the punctuation its marker left (the list's trailing `;` goes in nodeText). */
function cleanItemText(text: string): string {
  // Each replace only when needed: this runs on every item of a 5 MB paste, and most items need none.
  let out = text;
  if (out.includes('**') || out.includes('__')) out = out.replace(/\*\*|__/g, '');
  if (/\s\s|[\t\r\n\u3000]/.test(out)) out = out.replace(/\s+/g, ' ');
  let start = 0;
  while (start < out.length && LEADING_PUNCTUATION.has(out[start]!)) start++;
  return (start > 0 ? out.slice(start) : out).trim();
}

const LEADING_PUNCTUATION = /* @__PURE__ */ new Set([' ', '\t', ',', '，', '、', '.', '．', ':', '：', ';', '；', '\u3000']);

/* -------------------------------------------------------------------------------------------------
 * The reader
 * -----------------------------------------------------------------------------------------------*/

class TextReader {
  readonly drafts: Draft[] = [];
  readonly warnings: TextImportWarning[] = [];
  private draft: Draft | undefined;
  /** Lines outside any description, gathered into one warning per stretch. */
  private unread: { start: number; end: number } | undefined;
  /** Prose lines before the first field of a description: its title may be the last of them. */
  private pending: Array<{ line: SourceLine; text: string }> = [];
  private lineIndex = 0;

  constructor(
    private readonly lines: SourceLine[],
    private readonly language: TextLanguage,
  ) {}

  read(): void {
    for (this.lineIndex = 0; this.lineIndex < this.lines.length; this.lineIndex++) {
      const line = this.lines[this.lineIndex]!;
      if (line.text.trim() === '') continue;
      if (isPunctuationOnly(line.text)) {
        if (this.draft) this.extend(line.end);
        else this.markUnread(line.start, line.end);
        continue;
      }
      this.readFragment({ line, from: 0 });
    }
    this.closeDraft();
    this.flushPending();
    this.flushUnread();
  }

  /* ----------------------------------------------------------------------------------------- */

  private readFragment(fragment: Fragment): void {
    const { line } = fragment;
    const text = line.text;
    let from = fragment.from;
    while (from < text.length && /[\s.。:：;；,，]/.test(text[from]!)) from++;
    if (from >= text.length) {
      if (this.draft) this.extend(line.end);
      return;
    }

    const markdown = from === 0 ? MARKDOWN_HEADING.exec(text) : null;
    if (markdown) {
      this.readMarkdownHeading(line, markdown[0].length);
      return;
    }

    const marker = readMarker(text, from);
    if (marker) {
      // `Third, job responsibilities:` and `一、岗位职责` are headings that happen to be numbered.
      const heading = readSectionHeading(text, marker.end);
      if (heading && this.draft?.section?.kind !== 'workflow') {
        this.openSection(line, heading.kind, heading.title, from, heading.inlineStart);
        return;
      }
      const numberedRole = marker.family === 'cjk' || marker.family === 'paren-cjk' ? readRoleHeading(text, marker.end) : undefined;
      if (numberedRole && numberedRole.rest >= text.length - 1) {
        this.startRole(line, from, numberedRole.title, numberedRole.ordinal);
        return;
      }
      if (this.readItem(line, marker)) return;
    } else {
      const role = readRoleHeading(text, from);
      if (role) {
        this.startRole(line, from, role.title, role.ordinal);
        if (role.rest < text.length) this.readFragment({ line, from: role.rest });
        return;
      }
      const field = readKeyValue(text, from);
      if (field && field.value !== '') {
        this.readField(line, from, field);
        return;
      }
      const heading = readSectionHeading(text, from);
      if (heading) {
        this.openSection(line, heading.kind, heading.title, from, heading.inlineStart);
        return;
      }
      const level = this.draft ? BRACKETED_LEVEL.exec(text.slice(from)) : null;
      if (level) {
        this.draft!.fields.level = level[1]!.trim();
        this.extend(line.end);
        return;
      }
    }
    this.readProse(line, from);
  }

  private readMarkdownHeading(line: SourceLine, from: number): void {
    // Spans start at the line, `#`s included, so the whole heading line is covered.
    const heading = readSectionHeading(line.text, from);
    if (heading) {
      this.openSection(line, heading.kind, heading.title, 0, heading.inlineStart);
      return;
    }
    const field = readKeyValue(line.text, from);
    if (field && field.value !== '') {
      this.readField(line, from, field);
      return;
    }
    const role = readRoleHeading(line.text, from);
    const title = role ? role.title : cleanHeading(line.text.slice(from));
    this.startRole(line, 0, title, role?.ordinal);
  }

  /* ----------------------------------------------------------------------------------------- */

  private startRole(line: SourceLine, from: number, title: string, ordinal: string | undefined): void {
    const start = spanStart(line, from);
    const current = this.draft;
    if (current && !current.content && current.firstLine === line.number) {
      // A second heading sentence on the same line ("… department. … of the sales manager"): the later one names the role.
      current.title = title;
      current.ordinal = ordinal ?? current.ordinal;
      this.extend(line.end);
      return;
    }
    if (current && !current.content) {
      this.markUnread(current.start, current.end);
      this.draft = undefined;
    } else this.closeDraft();
    this.flushPending();
    const draft = newDraft(start, line.number);
    draft.title = title;
    draft.ordinal = ordinal;
    draft.end = line.end;
    this.draft = draft;
    this.openImplicitDuties(start);
  }

  /** A description opened by a field or an item rather than a heading: its title may be the line just before. */
  private ensureDraft(line: SourceLine, from: number): Draft {
    if (this.draft) return this.draft;
    const last = this.pending[this.pending.length - 1];
    let draft: Draft;
    if (last && isTitleLike(last.text)) {
      this.pending.pop();
      this.flushPending();
      draft = newDraft(last.line.start, last.line.number);
      draft.title = cleanHeading(last.text);
    } else {
      this.flushPending();
      draft = newDraft(spanStart(line, from), line.number);
    }
    draft.end = line.end;
    this.draft = draft;
    return draft;
  }

  private openImplicitDuties(start: number): void {
    const draft = this.draft!;
    const section: Section = { kind: 'duties', title: undefined, headed: false, start, end: start, tree: newTree() };
    draft.sections.push(section);
    draft.section = section;
  }

  private readField(line: SourceLine, from: number, field: KeyValue): void {
    if (field.field === 'title') {
      const current = this.draft;
      if (current && (current.content || current.titleFromField)) this.startRole(line, from, '', undefined);
      const draft = this.ensureDraft(line, from);
      const { title, alternates } = splitAlternateTitles(field.value);
      // The heading over a title field often names the department, not another title for the role.
      if (draft.title && DEPARTMENT.test(draft.title)) draft.fields.department ??= draft.title;
      else if (draft.title && normaliseTitle(draft.title) !== normaliseTitle(title)) alternates.push(draft.title);
      draft.title = title;
      draft.alternates.push(...alternates);
      draft.titleFromField = true;
      this.extend(line.end);
      return;
    }
    const draft = this.ensureDraft(line, from);
    draft.content = true;
    if (field.field === 'superior') draft.superior = { name: field.value, start: line.start + field.valueStart, end: line.end };
    else draft.fields[field.field] = field.value;
    this.extend(line.end);
  }

  private openSection(line: SourceLine, kind: SectionKind, title: string, from: number, inlineStart: number): void {
    const draft = this.ensureDraft(line, from);
    const start = line.start + from;
    const current = draft.section;
    const reusable = current && current.tree.items.length === 0 && current.kind === kind;
    let section: Section;
    if (reusable || (current && current.tree.items.length === 0 && !current.headed)) {
      // A heading right under the role heading names the duties the role heading implied.
      current!.kind = kind;
      current!.title = title;
      current!.headed = true;
      current!.start = start;
      section = current!;
    } else {
      section = { kind, title, headed: true, start, end: line.end, tree: newTree() };
      draft.sections.push(section);
      draft.section = section;
    }
    section.end = line.end;
    this.extend(line.end);
    const inline = line.text.slice(inlineStart).trim();
    if (inline === '' || isPunctuationOnly(inline)) return;
    draft.content = true;
    const text = cleanItemText(inline);
    if (kind === 'summary' || (kind === 'duties' && draft.summary.length === 0 && section.tree.items.length === 0 && readMarker(line.text, inlineStart) === undefined)) {
      draft.summary.push(withoutTrailingPunctuation(text));
      return;
    }
    if (kind === 'authority' || kind === 'accountabilities') {
      (kind === 'authority' ? draft.authority : draft.accountabilities).push(withoutTrailingPunctuation(text));
      return;
    }
    this.readFragment({ line, from: inlineStart });
  }

  private readItem(line: SourceLine, marker: Marker): boolean {
    const draft = this.draft;
    const section = draft?.section;
    const tree = section?.tree;
    const indent = indentOf(line.text);
    // Before any description, only a marker that can start a list opens one.
    const placement = tree ? placeMarker(tree, marker, indent) : placeMarker(newTree(), marker, indent);
    if (!placement) return false;
    const d = this.ensureDraft(line, marker.start);
    if (!d.section) this.openImplicitDuties(line.start + marker.start);
    let current = d.section!;
    if (
      placement.parent === undefined &&
      placement.value === 1 &&
      current.tree.items.length > 0 &&
      current.tree.items[0]!.family === marker.family &&
      current.kind !== 'workflow' &&
      LIST_SECTIONS.has(current.kind)
    ) {
      // A list starting again at 1 without a heading is a new list: the fines after the duties, say.
      current = { kind: 'restart', title: undefined, headed: false, start: line.start + marker.start, end: line.end, tree: newTree() };
      d.sections.push(current);
      d.section = current;
    }
    this.placeItems(line, marker, placement, current, indent);
    d.content = true;
    this.extend(line.end);
    return true;
  }

  /** The item at `marker`, and each further item the same line holds (`… 15. Collect …`). */
  private placeItems(line: SourceLine, first: Marker, firstPlacement: ReturnType<typeof placeMarker> & object, section: Section, indent: number): void {
    const text = line.text;
    let marker = first;
    let placement = firstPlacement;
    for (;;) {
      const tree = section.tree;
      // The item being split is not in the tree yet: a marker of its own family continues it directly.
      const next = findNextInlineMarker(text, marker.end, (candidate, afterColon) => {
        if (candidate.family === marker.family) return resolveMarkerValue(candidate, placement.value + 1) === placement.value + 1;
        const openOfFamily = tree.open.slice(0, placement.keep).find((open) => open.family === candidate.family);
        if (openOfFamily) return resolveMarkerValue(candidate, openOfFamily.value + 1) === openOfFamily.value + 1;
        return afterColon && resolveMarkerValue(candidate, 1) === 1 && isPlausibleStart(candidate, 1);
      });
      const end = next ? next.start : text.length;
      const node: ListNode = {
        family: marker.family,
        value: placement.value,
        indent,
        parts: [cleanItemText(text.slice(marker.end, end))],
        start: line.start + marker.start,
        end: line.start + trimEnd(text, end),
        children: [],
        joined: [],
      };
      addItem(tree, placement, node);
      section.end = line.end;
      if (!next) return;
      const nextPlacement = placeMarker(tree, next, indent);
      if (!nextPlacement) return;
      marker = next;
      placement = nextPlacement;
    }
  }

  private readProse(line: SourceLine, from: number): void {
    const text = line.text.slice(from);
    const draft = this.draft;
    if (!draft) {
      this.pending.push({ line, text });
      return;
    }
    if (draft.content && isTitleLike(text) && this.nextLineOpensDuties()) {
      // "销售助理" over "岗位职责：": a bare title line starting the next description.
      this.startRole(line, from, cleanHeading(text), undefined);
      return;
    }
    const section = draft.section;
    const start = line.start + from;
    this.extend(line.end);
    if (section && section.kind === 'summary') {
      draft.summary.push(cleanItemText(text));
      section.end = line.end;
      return;
    }
    if (section && LIST_SECTIONS.has(section.kind)) {
      if (joinToOpenItem(section.tree, cleanItemText(text), start, line.end)) {
        section.end = line.end;
        return;
      }
      if (section.headed) {
        // Under a heading, unnumbered lines are the items (an HR system's plain list).
        const node: ListNode = { family: 'plain', value: 0, indent: 0, parts: [cleanItemText(text)], start, end: line.end, children: [], joined: [] };
        addItem(section.tree, { parent: undefined, value: 0, keep: 0 }, node);
        section.end = line.end;
        draft.content = true;
        return;
      }
    }
    draft.preamble.push(cleanItemText(text));
  }

  private nextLineOpensDuties(): boolean {
    for (let i = this.lineIndex + 1; i < this.lines.length; i++) {
      const text = this.lines[i]!.text;
      if (text.trim() === '') continue;
      const marker = readMarker(text, 0);
      const heading = readSectionHeading(text, marker ? marker.end : 0);
      return heading !== undefined && heading.kind === 'duties';
    }
    return false;
  }

  /* ----------------------------------------------------------------------------------------- */

  private extend(end: number): void {
    if (this.draft && end > this.draft.end) this.draft.end = end;
  }

  private closeDraft(): void {
    const draft = this.draft;
    this.draft = undefined;
    if (!draft) return;
    if (draft.content) {
      // Whatever was left out before this description is complete now: one warning per stretch.
      this.flushUnread();
      this.drafts.push(draft);
    } else this.markUnread(draft.start, draft.end, 'a heading with no duties, requirements or fields under it');
  }

  private flushPending(): void {
    for (const { line } of this.pending) this.markUnread(line.start, line.end);
    this.pending = [];
  }

  private unreadReason: string | undefined;

  private markUnread(start: number, end: number, reason?: string): void {
    if (this.unread && start >= this.unread.start) {
      this.unread.end = Math.max(this.unread.end, end);
      this.unreadReason ??= reason;
      return;
    }
    this.flushUnread();
    this.unread = { start, end };
    this.unreadReason = reason;
  }

  private flushUnread(): void {
    const unread = this.unread;
    if (!unread) return;
    this.unread = undefined;
    const first = lineAt(this.lines, unread.start);
    const last = lineAt(this.lines, Math.max(unread.start, unread.end - 1));
    const where = first === last ? `line ${first}` : `lines ${first}–${last}`;
    const reason = this.unreadReason ?? 'not part of any job description (no title, duties or fields found)';
    this.unreadReason = undefined;
    this.warnings.push({ code: 'unread_text', message: `${where}: ${reason}; left out`, span: [unread.start, unread.end], line: first });
    void this.language;
  }
}

/** A description starting on a line owns the punctuation before it there too (`;Workflow:`), or that `;` would be in no span. */
function spanStart(line: SourceLine, from: number): number {
  return from < 64 && isPunctuationOnly(line.text.slice(0, from)) ? line.start : line.start + from;
}

function indentOf(text: string): number {
  let n = 0;
  for (const c of text) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4;
    else if (c === '\u3000') n += 2;
    else break;
  }
  return n;
}

function trimEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/* -------------------------------------------------------------------------------------------------
 * Drafts → roles
 * -----------------------------------------------------------------------------------------------*/

const LABELS = {
  en: { org: 'Job descriptions', duties: 'Responsibilities', workflow: 'Workflow', phase: 'Steps', role: 'Role' },
  zh: { org: '岗位职责', duties: '岗位职责', workflow: '工作流程', phase: '步骤', role: '岗位' },
} as const;

/** "has the right to…", "有权…": a power, not a duty, wherever the text lists it. */
const POWER = /\b(?:ha(?:s|ve) the (?:right|power|authority) to)\b|有权|享有.{0,6}权/i;

interface Builder {
  warnings: TextImportWarning[];
  spans: Record<string, [number, number]>;
  lines: SourceLine[];
  currency: string | undefined;
  labels: (typeof LABELS)[TextLanguage];
}

function warn(builder: Builder, code: TextImportWarningCode, span: [number, number], detail: string): void {
  const line = lineAt(builder.lines, span[0]);
  builder.warnings.push({ code, message: `line ${line}: ${detail}`, span, line });
}

function limitText(builder: Builder, text: string, max: number, span: [number, number]): string {
  if (text.length <= max) return text;
  warn(builder, 'truncated', span, `${text.length} characters, more than the ${max} the model allows; cut short`);
  return `${text.slice(0, max - 1)}…`;
}

/** `restart` lists are what their items are: fines make assessments, degrees and ages requirements. */
function classify(section: Section): SectionKind {
  if (section.kind !== 'restart') return section.kind;
  const texts = flatten(section.tree.items).map(nodeText);
  const fines = texts.filter((text) => readFine(text) !== undefined).length;
  if (fines * 2 >= texts.length) return 'assessments';
  const requirements = texts.filter(looksLikeQualification).length;
  return requirements * 2 >= texts.length ? 'qualifications' : 'duties';
}

function buildRole(draft: Draft, index: number, builder: Builder): RoleInput {
  const id = `r${index + 1}`;
  const span: [number, number] = [draft.start, draft.end];
  builder.spans[id] = span;
  // "Responsibilities of the sales department 4": the document's own number tells apart descriptions with one subject.
  let title = draft.title?.trim();
  if (title && draft.ordinal && !draft.titleFromField) title = `${title} ${draft.ordinal}`;
  if (!title) {
    title = `${builder.labels.role} ${index + 1}`;
    warn(builder, 'untitled_role', span, `a job description without a title line; named ${JSON.stringify(title)}`);
  }
  const role: RoleInput = { id, title: limitText(builder, title, LIMITS.titleLength, span) };
  const alternates = [...new Set(draft.alternates.map((name) => name.trim()).filter((name) => name !== '' && name !== role.title))];
  if (alternates.length > 0) role.alternateTitles = alternates.map((name) => limitText(builder, name, LIMITS.titleLength, span));
  if (draft.fields.department) role.department = limitText(builder, draft.fields.department, LIMITS.titleLength, span);
  if (draft.fields.location) role.location = limitText(builder, draft.fields.location, LIMITS.titleLength, span);
  if (draft.fields.level) role.level = draft.fields.level.slice(0, 50);

  const groups: ResponsibilityGroup[] = [];
  const qualifications: QualificationInput[] = [];
  const assessments: AssessmentInput[] = [];
  const workflowSections: Section[] = [];
  const authority = [...draft.authority];
  const accountabilities = [...draft.accountabilities];
  /** For each assessment, the duty group it was written after (for the links), by index. */
  const assessmentGroups: Array<number | undefined> = [];
  const dutyFines: OnDutyFine = (node, dutyId, text) => {
    const assessment = toAssessment(node, `${id}-a${assessments.length + 1}`, builder, text);
    assessment.responsibilityIds = [dutyId];
    assessments.push(assessment);
    assessmentGroups.push(groups.length);
  };

  for (const section of draft.sections) {
    if (section.tree.items.length === 0) continue;
    const kind = classify(section);
    const nodes = section.tree.items;
    if (kind === 'duties') {
      const groupId = `${id}-g${groups.length + 1}`;
      const items = nodes.filter((node) => !(node.children.length === 0 && POWER.test(nodeText(node)) && authority.push(textOf(node, builder))));
      if (items.length === 0) continue;
      builder.spans[groupId] = [section.start, Math.max(section.end, subtreeEnd(items[items.length - 1]!))];
      groups.push({ id: groupId, title: limitText(builder, section.title ?? builder.labels.duties, LIMITS.titleLength, [section.start, section.end]), items: toDuties(items, groupId, builder, dutyFines) });
    } else if (kind === 'qualifications') {
      for (const node of flatten(nodes)) {
        const text = textOf(node, builder);
        const qid = `${id}-q${qualifications.length + 1}`;
        builder.spans[qid] = [node.start, node.end];
        const qualification: QualificationInput = { id: qid, text, kind: qualificationKind(text) };
        const category = qualificationCategory(text);
        if (category) qualification.category = category;
        qualifications.push(qualification);
      }
    } else if (kind === 'assessments') {
      for (const node of flatten(nodes)) {
        assessments.push(toAssessment(node, `${id}-a${assessments.length + 1}`, builder));
        assessmentGroups.push(groups.length > 0 ? groups.length - 1 : undefined);
      }
    } else if (kind === 'workflow') workflowSections.push(section);
    else if (kind === 'authority' || kind === 'accountabilities') {
      const into = kind === 'authority' ? authority : accountabilities;
      for (const node of flatten(nodes)) into.push(textOf(node, builder));
    } else if (kind === 'summary') draft.summary.push(...flatten(nodes).map(nodeText));
  }

  if (groups.length > 0) role.responsibilities = groups;
  if (qualifications.length > 0) role.qualifications = qualifications;
  if (assessments.length > 0) {
    linkAssessments(assessments, assessmentGroups, groups);
    role.assessments = assessments;
  }
  if (workflowSections.length > 0) {
    const workflow = toWorkflow(workflowSections, `${id}-w`, builder);
    if (workflow) role.workflow = workflow;
  }
  if (authority.length > 0) role.authority = authority;
  if (accountabilities.length > 0) role.accountabilities = accountabilities;
  const summary = (draft.summary.length > 0 ? draft.summary : draft.preamble).filter((part) => part !== '').join(' ');
  if (summary !== '') role.summary = limitText(builder, summary, LIMITS.textLength, span);
  const meta: Record<string, string> = {};
  if (draft.ordinal) meta.ordinal = draft.ordinal;
  if (draft.fields.reports) meta.directReports = draft.fields.reports.slice(0, LIMITS.textLength);
  if (Object.keys(meta).length > 0) role.meta = meta;
  return role;
}

function textOf(node: ListNode, builder: Builder): string {
  const text = nodeText(node) || '…';
  return limitText(builder, text, LIMITS.textLength, [node.start, node.end]);
}

/**
 * A fine inside a duty is a rule about that duty: a sub-item that names one (`(1) late, 50
 * yuan once`) leaves the duties for the assessments, and a duty naming one in its own text
 * stays a duty and gives an assessment too. Both reach `onFine` with the duty's id.
 */
type OnDutyFine = (node: ListNode, dutyId: string, text: string | undefined) => void;

function toDuties(nodes: readonly ListNode[], prefix: string, builder: Builder, onFine: OnDutyFine): Responsibility[] {
  return nodes.map((node, i) => {
    const id = `${prefix}-d${i + 1}`;
    builder.spans[id] = [node.start, subtreeEnd(node)];
    const duty: Responsibility = { id, text: textOf(node, builder) };
    const own = locateFine(duty.text);
    if (own) onFine(node, id, fineClause(duty.text, own.start));
    const fines: ListNode[] = [];
    const children = node.children.filter((child) => (child.children.length === 0 && readFine(nodeText(child)) !== undefined ? (fines.push(child), false) : true));
    if (children.length > 0) duty.children = toDuties(children, id, builder, onFine);
    for (const fine of fines) onFine(fine, id, undefined);
    return duty;
  });
}

function toAssessment(node: ListNode, id: string, builder: Builder, text = textOf(node, builder)): AssessmentInput {
  builder.spans[id] = [node.start, node.end];
  const assessment: AssessmentInput = { id, text };
  const fine = readFine(text);
  if (fine) {
    const penalty = toPenalty(fine, builder.currency);
    if (penalty) assessment.penalty = penalty;
    else warn(builder, 'no_currency', [node.start, node.end], `a fine of ${fine.amount} with no currency; pass options.currency to keep it`);
  }
  return assessment;
}

/** Rules not already tied to the duty they sit in are linked to the duties their words name (assessmentLinks.ts). */
function linkAssessments(assessments: AssessmentInput[], assessmentGroups: ReadonlyArray<number | undefined>, groups: readonly ResponsibilityGroup[]): void {
  const duties: DutyForLinking[] = [];
  groups.forEach((group, g) => {
    const walk = (items: readonly Responsibility[]) => {
      for (const item of items) {
        duties.push({ id: item.id, text: item.text, group: g });
        if (item.children) walk(item.children);
      }
    };
    walk(group.items);
  });
  if (duties.length === 0) return;
  const index = new DutyIndex(duties);
  assessments.forEach((assessment, i) => {
    if (assessment.responsibilityIds) return;
    const ids = index.match(assessment.text, assessmentGroups[i]);
    if (ids.length > 0) assessment.responsibilityIds = ids;
  });
}

/**
 * Phases are the workflow's top-level items when they hold steps ("First, find the problem"
 * over `1,` `2,` …); a flat list is one phase of steps.
 */
function toWorkflow(sections: readonly Section[], id: string, builder: Builder): Workflow | undefined {
  const nodes = sections.flatMap((section) => section.tree.items);
  if (nodes.length === 0) return undefined;
  const first = sections[0]!;
  const last = sections[sections.length - 1]!;
  builder.spans[id] = [first.start, Math.max(last.end, subtreeEnd(nodes[nodes.length - 1]!))];
  const title = limitText(builder, first.title ?? builder.labels.workflow, LIMITS.titleLength, [first.start, first.end]);
  const phased = nodes.some((node) => node.children.length > 0);
  const phases = phased
    ? nodes.map((node, p) => {
        const phaseId = `${id}-p${p + 1}`;
        builder.spans[phaseId] = [node.start, subtreeEnd(node)];
        const phaseTitle = capitalise(limitText(builder, nodeText(node) || '…', LIMITS.titleLength, [node.start, node.end]));
        return { id: phaseId, title: phaseTitle, steps: toSteps(node.children, phaseId, builder) };
      })
    : [{ id: `${id}-p1`, title, steps: toSteps(nodes, `${id}-p1`, builder) }];
  if (!phased) builder.spans[`${id}-p1`] = builder.spans[id]!;
  return { id, title, phases };
}

function toSteps(nodes: readonly ListNode[], prefix: string, builder: Builder): WorkflowStep[] {
  return nodes.map((node, i) => {
    const id = `${prefix}-s${i + 1}`;
    builder.spans[id] = [node.start, subtreeEnd(node)];
    const step: WorkflowStep = { id, text: textOf(node, builder) };
    if (node.children.length > 0) step.children = toSteps(node.children, id, builder);
    return step;
  });
}

/* -------------------------------------------------------------------------------------------------
 * Reporting lines
 * -----------------------------------------------------------------------------------------------*/

/** `Direct superior: Sales manager` → the role of this text titled so; never a role made up for the name. */
function linkSuperiors(roles: RoleInput[], drafts: readonly Draft[], builder: Builder): void {
  const byTitle = new Map<string, string[]>();
  for (const role of roles) {
    for (const name of [role.title, ...(role.alternateTitles ?? [])]) {
      const key = normaliseTitle(name);
      if (key === '') continue;
      const ids = byTitle.get(key);
      // Roles are visited in order, so a role's own title and alternates can only repeat the last id.
      if (!ids) byTitle.set(key, [role.id]);
      else if (ids[ids.length - 1] !== role.id) ids.push(role.id);
    }
  }
  roles.forEach((role, i) => {
    const superior = drafts[i]!.superior;
    if (!superior) return;
    // Only whether there is one other role of that title matters; filtering every namesake would be quadratic on a text of many copies.
    const named = byTitle.get(normaliseTitle(superior.name)) ?? [];
    const matches = named.length > 2 ? named : named.filter((id) => id !== role.id);
    if (matches.length === 1) {
      role.reportsTo = matches[0]!;
      return;
    }
    role.meta = { ...role.meta, superior: superior.name.slice(0, LIMITS.textLength) };
    const span: [number, number] = [superior.start, superior.end];
    if (matches.length === 0) warn(builder, 'unknown_superior', span, `no job description of this text is titled ${JSON.stringify(superior.name)}; kept in meta.superior, the role is a root`);
    else warn(builder, 'ambiguous_superior', span, `${matches.length} job descriptions are titled ${JSON.stringify(superior.name)}; kept in meta.superior rather than guess`);
  });
  breakCycles(roles as Role[], (cut, detail) => warn(builder, 'cycle', builder.spans[roles[cut]!.id]!, detail));
}

/* -------------------------------------------------------------------------------------------------
 * parseRoleText
 * -----------------------------------------------------------------------------------------------*/

/** Control characters other than tab and line breaks: a few are OCR noise, many are a binary file. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > sample.length * 0.05;
}

/**
 * Job descriptions as plain text (one or many, English or Chinese, numbered in any of the
 * usual styles) → an `Org` that `parseOrg` accepts, the warnings, and for every id the
 * `[start, end)` of the text it was read from. Never throws; linear in the text's length.
 */
export function parseRoleText(text: string, options: ParseRoleTextOptions = {}): ParseRoleTextResult {
  const source = typeof text === 'string' ? text : '';
  const language = detectLanguage(source, options.locale);
  const labels = LABELS[language];
  const name = options.name?.trim() ? options.name.trim().slice(0, LIMITS.titleLength) : labels.org;
  const warnings: TextImportWarning[] = [];
  const spans: Record<string, [number, number]> = {};
  try {
    if (typeof text !== 'string') {
      warnings.push({ code: 'empty', message: `line 1: expected the text as a string, got ${typeof text}`, span: [0, 0], line: 1 });
      return { org: { name, roles: [] }, warnings, spans, language };
    }
    if (source.trim() === '') {
      warnings.push({ code: 'empty', message: 'line 1: the text is empty', span: [0, source.length], line: 1 });
      return { org: { name, roles: [] }, warnings, spans, language };
    }
    if (looksBinary(source)) warnings.push({ code: 'binary', message: 'line 1: this looks like a binary file, not a document; read as text anyway', span: [0, source.length], line: 1 });

    const lines = splitLines(source);
    const reader = new TextReader(lines, language);
    reader.read();
    const currency = options.currency ?? undefined;
    const builder: Builder = { warnings, spans, lines, currency, labels };
    const roles = reader.drafts.map((draft, i) => buildRole(draft, i, builder));
    linkSuperiors(roles, reader.drafts, builder);
    warnings.push(...reader.warnings);
    if (roles.length === 0) warnings.push({ code: 'no_roles', message: 'line 1: no job description found (no title line, numbered duties or fields such as "Job title:")', span: [0, source.length], line: 1 });
    warnings.sort((a, b) => a.span[0] - b.span[0]);
    return { org: validated({ name, roles }, builder), warnings, spans, language };
  } catch (error) {
    // Defensive: nothing a text holds should get here, but a reader must not take the page down.
    warnings.push({ code: 'invalid', message: `line 1: could not be read (${String(error).slice(0, 120)})`, span: [0, source.length], line: 1 });
    return { org: { name, roles: [] }, warnings, spans: {}, language };
  }
}

/** parseOrg's verdict; a role it rejects is left out with a warning rather than failing the whole text. */
function validated(input: { name: string; roles: RoleInput[] }, builder: Builder): Org {
  let roles = input.roles;
  for (let round = 0; round < 3; round++) {
    const result = parseOrg({ name: input.name, roles });
    if (result.ok) return result.org;
    const bad = new Set<number>();
    for (const issue of result.issues) if (issue.path[0] === 'roles' && typeof issue.path[1] === 'number') bad.add(issue.path[1]);
    if (bad.size === 0) break;
    for (const i of bad) {
      const role = roles[i]!;
      warn(builder, 'invalid', builder.spans[role.id] ?? [0, 0], `${JSON.stringify(role.title)} could not be used (${result.issues.find((issue) => issue.path[1] === i)?.message ?? 'invalid'}); left out`);
    }
    const keptIds = new Set(roles.filter((_, i) => !bad.has(i)).map((role) => role.id));
    roles = roles
      .filter((_, i) => !bad.has(i))
      .map((role) => {
        if (!role.reportsTo || keptIds.has(role.reportsTo)) return role;
        const { reportsTo: _dropped, ...rest } = role;
        return rest;
      });
  }
  const last = parseOrg({ name: input.name, roles: [] });
  return last.ok ? last.org : { name: input.name, roles: [] };
}
