/**
 * The benchmark's floor: what a careful developer gets with no virtualisation —
 * d3-hierarchy's tree layout and every node as a plain absolutely positioned div
 * with its connector. Not exported; it exists to be measured against.
 */
import { useMemo, useState } from 'react';
import { hierarchy, tree } from 'd3-hierarchy';
import type { Org, Role } from '../src';

const NODE_W = 200;
const NODE_H = 64;

interface Props {
  org: Org;
  collapsed: ReadonlySet<string>;
}

export function FloorChart({ org, collapsed }: Props) {
  const layout = useMemo(() => {
    const byManager = new Map<string | null, Role[]>();
    for (const role of org.roles) {
      const key = role.reportsTo ?? null;
      const list = byManager.get(key);
      if (list) list.push(role);
      else byManager.set(key, [role]);
    }
    const root = hierarchy<Role | null>(null, (role) => (collapsed.has(role?.id ?? '') ? null : (byManager.get(role ? role.id : null) ?? null)));
    tree<Role | null>().nodeSize([NODE_W + 16, NODE_H + 48])(root);
    let minX = Infinity;
    let maxX = -Infinity;
    let maxY = 0;
    root.each((node) => {
      minX = Math.min(minX, node.x!);
      maxX = Math.max(maxX, node.x!);
      maxY = Math.max(maxY, node.y!);
    });
    return { nodes: root.descendants().slice(1), minX, width: maxX - minX + NODE_W, height: maxY + NODE_H };
  }, [org, collapsed]);

  return (
    <div style={{ position: 'relative', width: layout.width, height: layout.height }}>
      {layout.nodes.map((node) => {
        const role = node.data!;
        const x = node.x! - layout.minX;
        const y = node.y!;
        return (
          <div key={role.id}>
            {node.parent && node.parent.data && (
              <div
                style={{ position: 'absolute', left: x + NODE_W / 2, top: y - 48, width: 1, height: 48, background: '#94a3b8' }}
              />
            )}
            <div
              style={{ position: 'absolute', left: x, top: y, width: NODE_W, height: NODE_H, border: '1px solid #d5dbe3', borderRadius: 8, background: '#fff', padding: 8, boxSizing: 'border-box', font: '13px system-ui' }}
            >
              <div style={{ fontWeight: 600 }}>{role.title}</div>
              <div>{role.holderIds?.length ? role.holderIds[0] : 'Vacant'}</div>
            </div>
          </div>
        );
      })}
    </div>
  );
}

export function useCollapsed() {
  return useState<ReadonlySet<string>>(() => new Set());
}
