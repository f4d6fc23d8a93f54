import type { Org, Role } from '../../src';

/**
 * A VP with eight leads; under each lead a chain of three single managers, then a team of
 * 18. Each lead's subtree is a team wide, so the VP's bus runs thousands of pixels between
 * two leads with nothing above, beside or just below it: a view sitting on that stretch of
 * bus has no node of the VP's team in it (the chart is virtualised: 178 roles).
 */
export function wideBusOrg(): Org {
  const roles: Role[] = [
    { id: 'ceo', title: 'Chief Executive' },
    { id: 'vp', title: 'VP Operations', reportsTo: 'ceo' },
  ];
  for (let l = 0; l < 8; l++) {
    roles.push({ id: `lead-${l}`, title: `Lead ${l}`, reportsTo: 'vp' });
    let manager = `lead-${l}`;
    for (const step of ['deputy', 'head', 'manager']) {
      roles.push({ id: `${step}-${l}`, title: `${step} ${l}`, reportsTo: manager });
      manager = `${step}-${l}`;
    }
    for (let k = 0; k < 18; k++) roles.push({ id: `member-${l}-${k}`, title: `Member ${l}.${k}`, reportsTo: manager });
  }
  return { id: 'wide-bus', name: 'Wide bus', roles };
}
