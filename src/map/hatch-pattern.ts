/** The diagonal red hatching of the ecological red lines, drawn pixel by pixel (no image file). */

/** RGBA pixels of a `size`×`size` tile with 45° stripes of the given colour. */
export function hatchPattern(size = 16, rgb: readonly [number, number, number] = [213, 0, 0], alpha = 150): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 3;
      const i = (y * size + x) * 4;
      data[i] = rgb[0]; data[i + 1] = rgb[1]; data[i + 2] = rgb[2]; data[i + 3] = on ? alpha : 18;
    }
  }
  return { width: size, height: size, data };
}
