import type { Workflow } from '../../src';

/** Twelve one-step phases (`p-1` … `p-12`, "Month 1" …): more than a row of them fits in 700 px. */
export const twelvePhases: Workflow = {
  id: 'twelve',
  title: 'Twelve phases',
  phases: Array.from({ length: 12 }, (_, i) => ({
    id: `p-${i + 1}`,
    title: `Month ${i + 1}`,
    steps: [{ id: `p-${i + 1}-s`, text: `Review month ${i + 1}.` }],
  })),
};
