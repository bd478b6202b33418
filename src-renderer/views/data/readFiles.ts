/** Reads the picked files into the api's `{ name, data }` shape. */
export async function readFiles(files: readonly File[]): Promise<{ name: string; data: Uint8Array<ArrayBuffer> }[]> {
  return Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) })));
}
