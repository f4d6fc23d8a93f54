/**
 * The checklist's body: a group (accordion item with its tri-state box), its duties
 * (nested lists of checkboxes, each with the assessments hung on it) and the
 * assessments tied to no duty. The root, its state and the filter live in
 * ResponsibilityChecklist.tsx.
 */
import * as Accordion from '@radix-ui/react-accordion';
import { Checkbox } from '../internal/Checkbox';
import { formatCurrency, formatNumber } from '../internal/format';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { checkedState, countChecked } from '../model/checkedTree';
import type { DutyGroup, DutyNode } from '../model/duties';
import { isRuleMet, type RuleIndex, type RuleNode } from './checklistModel';
import { ChevronIcon, CircleIcon } from './icons';
import type { ResponsibilityChecklistLabels } from './labels';
import type { ChecklistState } from './useChecklistState';

/**
 * Panels are not `role="region"` (Radix's default). APG makes the region optional and
 * warns against "landmark region proliferation" (more than ~6 panels open at once);
 * a page may also hold several checklists whose groups share titles ("Main duties"),
 * and landmarks must have unique names. The group headings already give the outline.
 */
const PANEL_LANDMARK_OFF = { role: undefined, 'aria-labelledby': undefined } as const;

export interface RenderContext {
  state: ChecklistState;
  labels: ResponsibilityChecklistLabels;
  locale: string | undefined;
  readOnly: boolean;
  baseId: string;
  rules: RuleIndex;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/* -------------------------------------------------------------------------------------------------
 * Group
 * -----------------------------------------------------------------------------------------------*/

export function GroupSection({ group, ctx }: { group: DutyGroup; ctx: RenderContext }) {
  const { state, labels, locale, readOnly, headingLevel } = ctx;
  const title = group.title ?? labels.untitledGroup;
  const groupDone = countChecked(group.leafIds, state.checked.leaves);
  const groupTotal = group.leafIds.length;
  const boxState = checkedState(group.leafIds, state.checked.leaves);
  const open = state.openGroups.includes(group.key);
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <Accordion.Item value={group.key} className="rk-checklist-group" data-slot="checklist-group" part="checklist-group" data-checked={boxState}>
      <div className="rk-checklist-group-header" data-slot="checklist-group-header">
        {/* Beside the heading, never inside the trigger: a control in a button is unreachable. */}
        <Checkbox
          slot="checklist-checkbox"
          state={boxState}
          disabled={readOnly || group.leafIds.length === 0}
          aria-label={labels.groupCheckbox(title)}
          onToggle={() => state.toggle(group.leafIds)}
        />
        <Accordion.Header asChild>
          <Heading className="rk-checklist-group-heading" data-slot="checklist-group-heading">
            <Accordion.Trigger className="rk-checklist-trigger" data-slot="checklist-trigger">
              <bdi className="rk-checklist-group-title" data-slot="checklist-group-title" data-untitled={group.title === undefined ? '' : undefined}>
                <Highlight text={title} matcher={group.title === undefined ? undefined : state.matcher} />
              </bdi>
              <bdi className="rk-checklist-group-count" data-slot="checklist-group-count">
                {labels.groupProgress(groupDone, groupTotal, formatNumber(groupDone, locale), formatNumber(groupTotal, locale))}
              </bdi>
              <ChevronIcon />
            </Accordion.Trigger>
          </Heading>
        </Accordion.Header>
      </div>
      {/*
       * Always mounted so print can show every group (Radix unmounts closed content by
       * default); closed panels carry `hidden`, which the print stylesheet overrides.
       */}
      <Accordion.Content
        forceMount
        hidden={!open}
        className="rk-checklist-panel"
        data-slot="checklist-panel"
        {...PANEL_LANDMARK_OFF}
      >
        <DutyList items={group.items} ctx={ctx} depth={0} />
      </Accordion.Content>
    </Accordion.Item>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Duties
 * -----------------------------------------------------------------------------------------------*/

function DutyList({ items, ctx, depth }: { items: readonly DutyNode[]; ctx: RenderContext; depth: number }) {
  const visible = ctx.state.filtered?.visible;
  const shown = visible ? items.filter((item) => visible.has(item.id)) : items;
  if (shown.length === 0) return null;
  return (
    <ul className="rk-checklist-items" data-slot="checklist-items" data-depth={depth}>
      {shown.map((item) => (
        <DutyItem key={item.id} node={item} ctx={ctx} />
      ))}
    </ul>
  );
}

function DutyItem({ node, ctx }: { node: DutyNode; ctx: RenderContext }) {
  const { state, labels, readOnly, baseId, rules } = ctx;
  const boxState = checkedState(node.leafIds, state.checked.leaves);
  const inputId = `${baseId}-duty-${node.index}`;
  const nodeRules = rules.byDuty.get(node.id) ?? [];
  const ruleIds = nodeRules.map((_, i) => `${inputId}-rule-${i}`);
  return (
    <li
      className="rk-checklist-item"
      data-slot="checklist-item"
      data-checked={boxState}
      data-depth={node.depth}
      data-parent={node.children.length ? '' : undefined}
    >
      <div className="rk-checklist-item-row" data-slot="checklist-item-row">
        <Checkbox
          slot="checklist-checkbox"
          id={inputId}
          state={boxState}
          disabled={readOnly}
          aria-describedby={ruleIds.length ? ruleIds.join(' ') : undefined}
          onToggle={() => state.toggle(node.leafIds)}
        />
        <label htmlFor={inputId} className="rk-checklist-item-text" data-slot="checklist-item-text" data-untitled={node.text === undefined ? '' : undefined}>
          {/* bdi: a duty in another script than the page (English in an RTL page) keeps its own order. */}
          <bdi>{node.text === undefined ? labels.untitledDuty : <Highlight text={node.text} matcher={state.matcher} />}</bdi>
        </label>
      </div>
      {nodeRules.length > 0 && (
        <ul className="rk-checklist-rules" data-slot="checklist-rules">
          {nodeRules.map((rule, i) => (
            <Rule key={rule.key} id={ruleIds[i]} rule={rule} ctx={ctx} met={isRuleMet(rule, state.checked.leaves)} />
          ))}
        </ul>
      )}
      {node.children.length > 0 && <DutyList items={node.children} ctx={ctx} depth={node.depth + 1} />}
    </li>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Assessments
 * -----------------------------------------------------------------------------------------------*/

function Rule({ rule, ctx, met, id }: { rule: RuleNode; ctx: RenderContext; met?: boolean; id?: string | undefined }) {
  const { labels, locale } = ctx;
  const linked = met !== undefined;
  return (
    <li id={id} className="rk-checklist-rule" data-slot="checklist-rule" data-state={linked ? (met ? 'met' : 'at-risk') : undefined}>
      {linked && met ? <CircleIcon kind="met" /> : <CircleIcon kind="rule" />}
      <span className="rk-checklist-rule-body" data-slot="checklist-rule-body">
        <VisuallyHidden>{labels.assessment}</VisuallyHidden>{' '}
        {rule.text !== undefined && <bdi className="rk-checklist-rule-text" data-slot="checklist-rule-text">{rule.text}</bdi>}
        {rule.penalty && (
          <>
            {' '}
            <span className="rk-checklist-penalty" data-slot="checklist-penalty">
              {labels.penalty(formatCurrency(rule.penalty.amount, rule.penalty.currency, locale), rule.penalty.per)}
            </span>
          </>
        )}
        {linked && met && (
          <>
            {' '}
            <VisuallyHidden>{labels.ruleMet}</VisuallyHidden>
          </>
        )}
      </span>
    </li>
  );
}

export function OtherAssessments({ ctx }: { ctx: RenderContext }) {
  const { rules, labels, headingLevel } = ctx;
  if (rules.unlinked.length === 0) return null;
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <div className="rk-checklist-other" data-slot="checklist-other">
      <Heading className="rk-checklist-other-heading" data-slot="checklist-other-heading">{labels.otherAssessments}</Heading>
      <ul className="rk-checklist-rules" data-slot="checklist-rules">
        {rules.unlinked.map((rule) => (
          <Rule key={rule.key} rule={rule} ctx={ctx} />
        ))}
      </ul>
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Helpers
 * -----------------------------------------------------------------------------------------------*/

/** The matched parts of `text` in `<mark>`; the matcher's capture group puts them at odd indexes. */
function Highlight({ text, matcher }: { text: string; matcher: RegExp | undefined }) {
  if (!matcher) return <>{text}</>;
  const parts = text.split(matcher);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i} className="rk-highlight" data-slot="checklist-highlight">{part}</mark> : part))}</>;
}
