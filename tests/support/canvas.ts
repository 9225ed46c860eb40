/** What a chart painted: the non-white pixels of each chart canvas on a page (a blank canvas counts 0). */
import type { Page } from 'playwright-core';

export const paintedPixels = (page: Page): Promise<number[]> =>
  page.$$eval('canvas[data-chart]', (canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let index = 0; index < data.length; index += 4) if (data[index]! < 250 || data[index + 1]! < 250 || data[index + 2]! < 250) painted++;
      return painted;
    }),
  );
