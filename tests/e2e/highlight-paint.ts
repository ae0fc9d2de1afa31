/**
 * What a screenshot shows of Backstory's highlights, for both drivers (Playwright and puppeteer
 * run these functions in the page: each is self-contained and takes one argument).
 */

/** A screenshot's box around the highlighted mention `text` of highlight `name`, `below` pixels taller for an underline. */
export function highlightBox([name, text, below]: readonly [string, string, number]): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  const range = [...(CSS.highlights.get(name) ?? [])].find((r) => (r as Range).toString() === text) as Range;
  const box = range.getBoundingClientRect();
  return { x: box.left, y: box.top, width: box.width, height: box.height + below };
}

/**
 * Pixels of a PNG (base64) in the mention underline's amber (public/highlights.css) and in
 * highlights-svg.css's tint over white.
 */
export async function highlightPaint(png: string): Promise<{ amber: number; tint: number }> {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d') as CanvasRenderingContext2D;
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let amber = 0;
  let tint = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
    if (r > 180 && g > 80 && g < 160 && b < 60) amber++;
    // rgb(245 180 20 / 0.24) over white is about (253, 237, 199).
    if (r > 245 && g > 225 && g < 248 && b > 180 && b < 215) tint++;
  }
  return { amber, tint };
}
