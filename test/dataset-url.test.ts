import { describe, expect, it } from 'vitest';
import { datasetChoice, datasetUrlParam } from '../src/app/data/dataset-url.ts';

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

describe('datasetChoice', () => {
  it('names the address refused, so that the page can say so (the bundled dataset is shown instead)', () => {
    expect(datasetChoice('http://127.0.0.1:4173/?data=https://elsewhere.example/data/')).toEqual({ url: null, refused: 'https://elsewhere.example/data/' });
    expect(datasetChoice('http://127.0.0.1:4173/?data=//elsewhere.example/data/')).toEqual({ url: null, refused: '//elsewhere.example/data/' });
    expect(datasetChoice('http://127.0.0.1:4173/?data=javascript:alert(1)')).toEqual({ url: null, refused: 'javascript:alert(1)' });
    expect(datasetChoice('http://127.0.0.1:4173/?data=http://[::1')).toEqual({ url: null, refused: 'http://[::1' });
  });
  it('refuses nothing on the app’s own server or without ?data=', () => {
    expect(datasetChoice('http://127.0.0.1:4173/?data=../')).toEqual({ url: 'http://127.0.0.1:4173/', refused: null });
    expect(datasetChoice('http://127.0.0.1:4173/')).toEqual({ url: null, refused: null });
  });
});
