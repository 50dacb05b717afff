/** Reads files the user picked or dropped into a name → text map, for the report worker. */

/** File name → text of each file (folders flattened: only the name counts). */
export async function readFiles(files: Iterable<File>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of files) out[f.name] = await f.text();
  return out;
}
