import * as ExcelJS from 'exceljs';

/** Builds a workbook in memory and returns it as .xlsx bytes, the way a saved file would arrive. */
export async function xlsxBytes(
  build: (workbook: ExcelJS.Workbook) => void | Promise<void>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await build(workbook);
  const out = await workbook.xlsx.writeBuffer();
  return new Uint8Array(out);
}

/** A minimal OLE compound file whose directory names the streams of a password-protected .xlsx. */
export function encryptedXlsxBytes(): Uint8Array {
  const sector = 512;
  const bytes = new Uint8Array(sector * 3);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const view = new DataView(bytes.buffer);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3: 512-byte sectors
  view.setUint16(0x1c, 0xfffe, true); // little-endian
  view.setUint16(0x1e, 9, true); // sector shift
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x38, 0x1000, true); // mini stream cutoff
  view.setUint32(0x3c, 0xfffffffe, true); // no mini FAT
  view.setUint32(0x44, 0xfffffffe, true); // no DIFAT sectors
  view.setUint32(0x4c, 0, true); // FAT lives in sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, 0xffffffff, true);
  const fat = sector; // sector 0
  view.setUint32(fat, 0xfffffffd, true); // sector 0: FAT
  view.setUint32(fat + 4, 0xfffffffe, true); // sector 1: directory, end of chain
  for (let i = 2; i < 128; i++) view.setUint32(fat + i * 4, 0xffffffff, true);
  const dir = sector * 2; // sector 1
  ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].forEach((name, i) => {
    const at = dir + i * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return bytes;
}
