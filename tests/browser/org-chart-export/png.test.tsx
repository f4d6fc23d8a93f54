import { describe, expect, it } from 'vitest';
import { layoutOrg } from '../../../src/model/layout';
import type { Org } from '../../../src';
import { salesOrg } from '../../../src/examples';
import { chartToPNG, chartToSVG } from '../../../src/org-chart/export';

const PAD = 24; // around the layout, as in the DOM chart

const sizeOf = async (blob: Blob) => {
  const bitmap = await createImageBitmap(blob);
  return { width: bitmap.width, height: bitmap.height, bitmap };
};

/** The colour at a layout point of a PNG drawn at `scale`. */
function pixelAt(bitmap: ImageBitmap, layout: ReturnType<typeof layoutOrg>, x: number, y: number, scale: number) {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const px = Math.round((x - layout.bounds.x + PAD) * scale);
  const py = Math.round((y - layout.bounds.y + PAD) * scale);
  return [...ctx.getImageData(px, py, 1, 1).data];
}

describe('chartToPNG (real Chromium)', () => {
  describe('given the sample sales org', () => {
    const layout = layoutOrg(salesOrg);

    it('resolves with a PNG the size of the layout times the scale', async () => {
      const blob = await chartToPNG(layout, salesOrg);
      expect(blob.type).toBe('image/png');
      const { width, height } = await sizeOf(blob);
      expect(width).toBe((layout.bounds.width + 2 * PAD) * 2);
      expect(height).toBe((layout.bounds.height + 2 * PAD) * 2);
    });

    it('honours another scale', async () => {
      const { width } = await sizeOf(await chartToPNG(layout, salesOrg, { scale: 1 }));
      expect(width).toBe(layout.bounds.width + 2 * PAD);
    });

    it('draws an embedded data: avatar', async () => {
      // Daniel Ross's avatar is "DR" in white on teal (#0f766e), drawn 29 px in from the
      // card's left edge: that point is the field, between the letters.
      const node = layout.node('assistant-sales-director')!;
      const { bitmap } = await sizeOf(await chartToPNG(layout, salesOrg));
      const [r, g, b] = pixelAt(bitmap, layout, node.x + 29, node.y + node.height / 2 + 1.5, 2);
      expect([r, g, b]).toEqual([0x0f, 0x76, 0x6e]);
    });
  });

  describe('given an avatar that cannot be fetched', () => {
    const org: Org = {
      name: 'Offline',
      people: [{ id: 'p', name: 'Nora Lee', avatarUrl: 'https://example.invalid/a.png' }],
      roles: [{ id: 'r', title: 'Head of Offline', holderIds: ['p'] }],
    };
    const layout = layoutOrg(org);

    it('still resolves, drawing initials', async () => {
      const blob = await chartToPNG(layout, org, { scale: 1 });
      expect(blob.type).toBe('image/png');
      expect(chartToSVG(layout, org)).toContain('>NL</text>');
      // The initials circle (accent-soft #eff4ff) where the photo would be.
      const node = layout.nodes[0]!;
      const [r, g, b] = pixelAt((await sizeOf(blob)).bitmap, layout, node.x + 29 - 12, node.y + node.height / 2 + 1.5, 1);
      expect([r, g, b]).toEqual([0xef, 0xf4, 0xff]);
    });

    it('still resolves when a custom fetcher never answers (3 s timeout)', async () => {
      const blob = await chartToPNG(layout, org, { fetchImage: () => new Promise<Blob>(() => {}) });
      expect(blob.type).toBe('image/png');
    }, 10_000);

    it('embeds what a custom fetcher returns', async () => {
      const c = new OffscreenCanvas(4, 4);
      const ctx = c.getContext('2d')!;
      ctx.fillStyle = '#ff0000';
      ctx.fillRect(0, 0, 4, 4);
      const red = await c.convertToBlob({ type: 'image/png' });
      const blob = await chartToPNG(layout, org, { scale: 1, fetchImage: async () => red });
      const node = layout.nodes[0]!;
      const [r, g, b] = pixelAt((await sizeOf(blob)).bitmap, layout, node.x + 29, node.y + node.height / 2 + 1.5, 1);
      expect([r, g, b]).toEqual([255, 0, 0]);
    });
  });

  describe('given a chart too big for a canvas at the scale asked', () => {
    it('scales down to fit the browser limit', async () => {
      const wide: Org = { name: 'Wide', roles: Array.from({ length: 120 }, (_, i) => ({ id: `r${i}`, title: `Role ${i}` })) };
      const layout = layoutOrg(wide);
      const { width, height } = await sizeOf(await chartToPNG(layout, wide, { scale: 4 }));
      expect(width).toBeLessThanOrEqual(16_384);
      expect(width * height).toBeLessThanOrEqual(16_000_000);
      const aspect = (layout.bounds.width + 2 * PAD) / (layout.bounds.height + 2 * PAD);
      expect(Math.abs(width / height - aspect)).toBeLessThan(aspect * 0.02);
    });
  });
});
