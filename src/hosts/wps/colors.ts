const HEX_COLOUR = /^#?([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$/;

/** `#RRGGBB` to the BGR number ET uses for colours (`r + 256·g + 65536·b`). */
export function hexToBgr(hex: string): number {
  const m = HEX_COLOUR.exec(hex);
  if (!m) throw new Error(`not a colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
  return r + g * 0x100 + b * 0x10000;
}

/** A BGR number from ET to `#RRGGBB` (upper case, as the rest of the project writes colours). */
export function bgrToHex(bgr: number): string {
  const n = Math.round(bgr) & 0xffffff;
  const r = n & 0xff;
  const g = (n >> 8) & 0xff;
  const b = (n >> 16) & 0xff;
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}
