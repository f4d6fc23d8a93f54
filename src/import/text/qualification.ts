import type { QualificationCategory, QualificationKind } from '../../model/schema';

const PREFERRED = /\b(?:preferred|preferably|priority|prioriti[sz]ed|a plus|an advantage|advantageous|nice to have|desirable|bonus)\b|优先|加分|更佳|者优/i;

/** "… is preferred", "priority to …", "优先": a nice-to-have rather than a must. */
export function qualificationKind(text: string): QualificationKind {
  return PREFERRED.test(text) ? 'preferred' : 'required';
}

/**
 * Most specific first: "college degree or above, aged 30-40, in good health" is about
 * education before age and health, the way a recruiter files it.
 */
const CATEGORY_CUES: Array<[QualificationCategory, RegExp]> = [
  ['education', /\b(?:degree|bachelor|master'?s|mba|phd|doctorate|diploma|college|university|graduate|major(?:ed)? in|education)\b|学历|本科|大专|专科|硕士|博士|毕业|专业|中专|高中/i],
  ['age', /\b(?:years? old|aged|age|under \d{2}|over \d{2})\b|岁|年龄/i],
  ['experience', /\b(?:experience|experienced|track record|worked|years? in|years? of)\b|经验|工作经历|从业/i],
  ['health', /\b(?:health|healthy|physically|physical)\b|健康|身体/i],
  ['skill', /\b(?:abilit(?:y|ies)|skills?|skilled|proficient|proficiency|familiar|master|knowledge|fluent|able to|capable|computer|office|excel|english)\b|能力|熟练|熟悉|掌握|技能|精通|计算机|英语|驾照/i],
  ['trait', /\b(?:spirit|sense of responsibility|attitude|personality|honest|integrity|diligent|enterprising|responsible|motivated|team ?work|hard[- ]working|careful|cautious|passion|eager|challenges?)\b|品行|精神|责任心|责任感|踏实|吃苦|诚信|敬业|性格|积极|团队/i],
];

/** The category a recruiter would file a requirement under, or undefined when none is clear. */
export function qualificationCategory(text: string): QualificationCategory | undefined {
  for (const [category, re] of CATEGORY_CUES) if (re.test(text)) return category;
  return undefined;
}

/** Whether a list reads as requirements of the holder rather than duties: a list restarted after the duties without a heading. */
export function looksLikeQualification(text: string): boolean {
  return /\b(?:degree|bachelor|college|years? old|aged \d|years? (?:of )?(?:working )?experience|experience (?:in|of|is)|is preferred)\b|学历|本科|大专|岁|经验|优先/i.test(text);
}
