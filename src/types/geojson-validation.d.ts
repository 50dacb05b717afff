declare module 'geojson-validation' {
  /** Returns true, or with `trace` an array of error strings (empty when valid). */
  export function isFeature(obj: unknown, trace: true): string[];
  export function isFeature(obj: unknown, trace?: false): boolean;
  export function isFeatureCollection(obj: unknown, trace: true): string[];
  export function isFeatureCollection(obj: unknown, trace?: false): boolean;
  export function valid(obj: unknown, trace: true): string[];
  export function valid(obj: unknown, trace?: false): boolean;
}
