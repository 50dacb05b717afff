declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp; reprojected with proj4 only when a .prj text is given. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView | DataView, prj?: string): (Geometry | null)[];
  /** Attribute rows of a .dbf, decoded with the .cpg encoding name (e.g. "UTF-8", "GBK", "936"). */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView | DataView, cpg?: string): Record<string, unknown>[];
}
