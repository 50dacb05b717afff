import { describe, expect, it } from 'vitest';
import { datasetUrlParam } from '../src/app/data/dataset-url.ts';

describe('datasetUrlParam', () => {
  it('gives the folder named by ?data= on the app’s own server, ending in /', () => {
    expect(datasetUrlParam('http://127.0.0.1:4173/?data=province')).toBe('http://127.0.0.1:4173/province/');
    expect(datasetUrlParam('https://map.example/eco/index.html?test=1&data=tiled-data/')).toBe('https://map.example/eco/tiled-data/');
    expect(datasetUrlParam('https://map.example/eco/?data=../other/')).toBe('https://map.example/other/');
  });
  it('is null without ?data=, and for a folder on another server (the app reads no data from elsewhere)', () => {
    expect(datasetUrlParam('http://127.0.0.1:4173/')).toBeNull();
    expect(datasetUrlParam('http://127.0.0.1:4173/?data=https://elsewhere.example/data/')).toBeNull();
    expect(datasetUrlParam('http://127.0.0.1:4173/?data=//elsewhere.example/data/')).toBeNull();
  });
});
