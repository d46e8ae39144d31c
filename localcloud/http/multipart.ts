/** A minimal multipart/form-data parser: text parts become strings, file parts Buffers. */

export function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2])?.trim() : undefined;
}

export function parseMultipart(body: Buffer, boundary: string): Record<string, string | Buffer> {
  const out: Record<string, string | Buffer> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString();
      const content = part.subarray(headerEnd + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const isFile = /filename=/i.test(headers) || /content-type:\s*application\/octet-stream/i.test(headers);
      if (name !== undefined) out[name] = isFile ? Buffer.from(content) : content.toString();
    }
    pos = next;
  }
  return out;
}
