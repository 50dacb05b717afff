/**
 * Unit tests run on the overlay engine users get: GEOS (WebAssembly), loaded before each test file
 * as the CLI and the report worker load it. Tests of the JSTS path unload it themselves.
 */
import { loadGeos } from '../../src/core/geo/geos-overlay.ts';

if (!(await loadGeos())) throw new Error('GEOS (geos-wasm) did not load: run `npm ci` to install it');
