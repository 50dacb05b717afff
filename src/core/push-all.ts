/**
 * `into.push(...items)` for arrays of any length: a spread passes every item as an argument, and
 * a million of them (a province's forest parcels) overflow the call stack.
 */
export function pushAll<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]!);
}
