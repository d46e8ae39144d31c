/**
 * The few protobuf messages of wx.openApi (see ../shared/cloudbase-openapi.proto): a reader for
 * CommApiData's key/value pairs and a writer for CommOpenApiResp. Varint and length-delimited only.
 */

class Reader {
  pos = 0;
  constructor(private readonly buf: Buffer) {}

  get done(): boolean {
    return this.pos >= this.buf.length;
  }

  varint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Error('truncated varint');
      const byte = this.buf[this.pos++] as number;
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
      shift += 7;
      if (shift > 63) throw new Error('varint too long');
    }
  }

  bytes(): Buffer {
    const len = this.varint();
    if (this.pos + len > this.buf.length) throw new Error('truncated field');
    const out = this.buf.subarray(this.pos, this.pos + len);
    this.pos += len;
    return out;
  }

  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 2) this.bytes();
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 5) this.pos += 4;
    else throw new Error(`unsupported wire type ${wireType}`);
  }

  /** Calls `onField(fieldNumber, wireType)`; it must consume the value or return false to skip. */
  fields(onField: (field: number, wireType: number) => boolean): void {
    while (!this.done) {
      const tag = this.varint();
      const field = Math.floor(tag / 8);
      const wireType = tag & 7;
      if (!onField(field, wireType)) this.skip(wireType);
    }
  }
}

export interface OpenApiRequest {
  apiType: number;
  appid: string;
  pairs: Map<string, Buffer>;
}

/** Decodes CommApiData { apiType=1; OpenApiData openapiData=2 { repeated KeyValuePair pairs=1 }; appid=6 }. */
export function decodeCommApiData(buf: Buffer): OpenApiRequest {
  const out: OpenApiRequest = { apiType: 0, appid: '', pairs: new Map() };
  const r = new Reader(buf);
  r.fields((field, wt) => {
    if (field === 1 && wt === 0) out.apiType = r.varint();
    else if (field === 6 && wt === 2) out.appid = r.bytes().toString();
    else if (field === 2 && wt === 2) {
      const data = new Reader(r.bytes());
      data.fields((f, w) => {
        if (f !== 1 || w !== 2) return false;
        const pair = new Reader(data.bytes());
        let key = '';
        let value: Buffer = Buffer.alloc(0);
        pair.fields((pf, pw) => {
          if (pf === 1 && pw === 2) key = pair.bytes().toString();
          else if (pf === 2 && pw === 2) value = pair.bytes();
          else return false;
          return true;
        });
        out.pairs.set(key, value);
        return true;
      });
    } else return false;
    return true;
  });
  return out;
}

/** A negative int32 is sign-extended to 64 bits (ten bytes), exactly: BigInt, as 2 ** 64 + n is not a safe number. */
function varint(n: number): Buffer {
  const bytes: number[] = [];
  let v = n < 0 ? (1n << 64n) + BigInt(n) : BigInt(n);
  while (v >= 0x80n) {
    bytes.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  bytes.push(Number(v));
  return Buffer.from(bytes);
}

function lengthDelimited(field: number, value: Buffer): Buffer {
  return Buffer.concat([varint(field * 8 + 2), varint(value.length), value]);
}

/** Encodes CommOpenApiResp { respData=1; contentType=2; errorCode=3; httpCode=4 }. */
export function encodeCommOpenApiResp(resp: {
  respData: Buffer;
  contentType: string;
  errorCode: number;
  httpCode: number;
}): Buffer {
  return Buffer.concat([
    lengthDelimited(1, resp.respData),
    lengthDelimited(2, Buffer.from(resp.contentType)),
    Buffer.concat([varint(3 * 8), varint(resp.errorCode)]),
    Buffer.concat([varint(4 * 8), varint(resp.httpCode)]),
  ]);
}
