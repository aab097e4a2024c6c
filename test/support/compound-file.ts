/**
 * A small writer of OLE2 compound files ([MS-CFB], version 3: 512-byte sectors), for tests that need the
 * files Office 97-2003 wrote (.xls, .doc) or the container Excel wraps an encrypted .xlsx in. Streams under
 * 4096 bytes go to the mini stream, as Office puts them; the directory lists the streams under the root.
 */
const SECTOR = 512;
const MINI = 64;
const CUTOFF = 4096;
const END = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;
const NONE = 0xffffffff;

export interface Stream {
  name: string;
  data: Buffer;
}

const pad = (b: Buffer, unit: number) => Buffer.concat([b, Buffer.alloc((unit - (b.length % unit)) % unit)]);
const sectors = (bytes: number, unit = SECTOR) => Math.ceil(bytes / unit);

/** The bytes of a compound file holding these streams. */
export function compoundFile(streams: Stream[]): Buffer {
  // the mini stream: small streams, each in 64-byte mini sectors, chained in the mini FAT
  const miniFat: number[] = [];
  const miniParts: Buffer[] = [];
  const miniStart = new Map<Stream, number>();
  for (const s of streams.filter((x) => x.data.length < CUTOFF)) {
    const n = Math.max(1, sectors(s.data.length, MINI));
    miniStart.set(s, miniFat.length);
    for (let i = 0; i < n; i++) miniFat.push(i === n - 1 ? END : miniFat.length + 1);
    miniParts.push(pad(s.data.length ? s.data : Buffer.alloc(1), MINI));
  }
  const miniStream = Buffer.concat(miniParts);
  const big = streams.filter((x) => x.data.length >= CUTOFF);

  const entries = 1 + streams.length;
  const dirSectors = sectors(entries * 128);
  const miniFatSectors = sectors(miniFat.length * 4);
  const miniStreamSectors = sectors(miniStream.length);
  const bigSectors = big.reduce((n, s) => n + sectors(s.data.length), 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + dirSectors + miniFatSectors + miniStreamSectors + bigSectors) fatSectors++;
  if (fatSectors > 109) throw new Error('test compound file too large');

  const fat: number[] = [];
  const chain = (n: number): number => {
    const start = fat.length;
    for (let i = 0; i < n; i++) fat.push(i === n - 1 ? END : fat.length + 1);
    return n ? start : END;
  };
  for (let i = 0; i < fatSectors; i++) fat.push(FAT_SECTOR);
  const dirStart = chain(dirSectors);
  const miniFatStart = chain(miniFatSectors);
  const miniStreamStart = chain(miniStreamSectors);
  const bigStart = new Map(big.map((s) => [s, chain(sectors(s.data.length))]));
  while (fat.length % (SECTOR / 4)) fat.push(FREE);

  // the directory: the root, then the streams as a chain of right siblings in the order CFB compares names
  const ordered = [...streams].sort((a, b) => a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1));
  const dir = Buffer.alloc(dirSectors * SECTOR);
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir[at + 66] = type;
    dir[at + 67] = 1; // black
    dir.writeUInt32LE(NONE, at + 68); // left sibling
    dir.writeUInt32LE(right, at + 72);
    dir.writeUInt32LE(child, at + 76);
    dir.writeUInt32LE(start, at + 116);
    dir.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, streams.length ? 1 : NONE, NONE, miniStream.length ? miniStreamStart : END, miniStream.length);
  ordered.forEach((s, i) => {
    const start = s.data.length < CUTOFF ? miniStart.get(s)! : bigStart.get(s)!;
    entry(i + 1, s.name, 2, NONE, i + 1 < ordered.length ? i + 2 : NONE, start, s.data.length);
  });
  for (let i = entries; i < dirSectors * 4; i++) {
    dir.writeUInt32LE(NONE, i * 128 + 68);
    dir.writeUInt32LE(NONE, i * 128 + 72);
    dir.writeUInt32LE(NONE, i * 128 + 76);
  }

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  header.writeUInt32LE(fatSectors, 0x2c);
  header.writeUInt32LE(dirStart, 0x30);
  header.writeUInt32LE(CUTOFF, 0x38);
  header.writeUInt32LE(miniFatSectors ? miniFatStart : END, 0x3c);
  header.writeUInt32LE(miniFatSectors, 0x40);
  header.writeUInt32LE(END, 0x44); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREE, 0x4c + 4 * i);

  const fatBytes = Buffer.alloc(fatSectors * SECTOR);
  fat.forEach((v, i) => fatBytes.writeUInt32LE(v, i * 4));
  const miniFatBytes = Buffer.alloc(miniFatSectors * SECTOR, 0xff);
  miniFat.forEach((v, i) => miniFatBytes.writeUInt32LE(v, i * 4));
  return Buffer.concat([header, fatBytes, dir, miniFatBytes, pad(miniStream, SECTOR), ...big.map((s) => pad(s.data, SECTOR))]);
}

/** one BIFF record: type, length, data */
export function biffRecord(type: number, data: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(data.length, 2);
  return Buffer.concat([head, data]);
}

/**
 * A BIFF8 workbook stream as Excel 97-2003 starts one: BOF (workbook globals), then — when it has a password
 * to open — FILEPASS (RC4 encryption), then the records of the book (here a CODEPAGE), padded to `size` with
 * CONTINUE-free filler records, and EOF.
 */
export function biffWorkbook(options: { encrypted?: boolean; size?: number } = {}): Buffer {
  const bof = Buffer.alloc(16);
  bof.writeUInt16LE(0x0600, 0); // BIFF8
  bof.writeUInt16LE(0x0005, 2); // workbook globals
  bof.writeUInt16LE(0x2775, 4); // build
  bof.writeUInt16LE(0x07cd, 6); // year
  const filepass = Buffer.alloc(54);
  filepass.writeUInt16LE(1, 0); // RC4
  filepass.writeUInt16LE(1, 2);
  filepass.writeUInt16LE(1, 4);
  const codepage = Buffer.alloc(2);
  codepage.writeUInt16LE(1200, 0);
  const parts = [biffRecord(0x0809, bof), ...(options.encrypted ? [biffRecord(0x002f, filepass)] : []), biffRecord(0x0042, codepage)];
  let length = parts.reduce((n, p) => n + p.length, 0) + 4;
  // filler: INTERFACEHDR-like records of type 0x00e1 (ignored by readers), to reach the requested size
  while (options.size && length + 4 < options.size) {
    const n = Math.min(options.size - length - 4, 8000);
    parts.push(biffRecord(0x00e1, Buffer.alloc(n)));
    length += n + 4;
  }
  parts.push(biffRecord(0x000a));
  return Buffer.concat(parts);
}
