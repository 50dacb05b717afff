import { describe, expect, it } from 'vitest';
import { datasetPath } from '../src/core/data/dataset-path.ts';

describe('datasetPath', () => {
  it('keeps paths inside the dataset folder, normalised', () => {
    expect(datasetPath('red-lines.geojson')).toEqual({ ok: true, path: 'red-lines.geojson' });
    expect(datasetPath('./layers\\forest.zip')).toEqual({ ok: true, path: 'layers/forest.zip' });
    expect(datasetPath('layers/../parks.geojson')).toEqual({ ok: true, path: 'parks.geojson' });
    expect(datasetPath('forest.geojson', '2016')).toEqual({ ok: true, path: '2016/forest.geojson' });
  });
  it('refuses paths that leave the folder, absolute paths, drive letters and URLs', () => {
    for (const p of ['../secret.geojson', 'a/../../b.geojson', '/etc/passwd', 'C:\\data\\x.shp', '\\\\server\\share\\x.shp', 'file:///etc/passwd', 'http://example.invalid/x.geojson', '']) {
      expect(datasetPath(p).ok, p).toBe(false);
    }
    expect(datasetPath('../x.geojson')).toEqual({ ok: false, message: expect.stringMatching(/outside the dataset folder/), code: 'path.outside', params: {} });
  });
});
