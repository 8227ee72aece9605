import { access, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * File-system failures, told in one line in the user's language: a missing output folder, no permission,
 * a full disk. Node's own messages (`ENOENT: no such file or directory, open '…'`) are English and name a
 * system call; a clerk needs to know which file and what to do.
 */
export class FileSystemError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'FileSystemError';
  }
}

/**
 * A Node error with an errno code (`ENOENT`, `EACCES`, …) from a system call. Not tested with `instanceof
 * Error`: errors made by Node's own modules come from another realm under test runners (jest) and vm.
 */
export function isErrnoError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as NodeJS.ErrnoException;
  return typeof e.code === 'string' && typeof e.syscall === 'string' && typeof e.message === 'string';
}

/** One line saying what went wrong with `path`, for an errno failure while writing or reading it. */
export function describeFileError(error: NodeJS.ErrnoException, path: string | undefined): FileSystemError {
  const file = path ?? error.path ?? '';
  switch (error.code ?? '') {
    case 'ENOENT':
      return new FileSystemError(
        `文件夹不存在：${dirname(file)}（无法写入 ${file}，请先建好文件夹或换一个位置）`,
        `Folder does not exist: ${dirname(file)} (cannot write ${file}; create it or choose another place)`,
      );
    case 'ENOTDIR':
      return new FileSystemError(
        `路径中有一段不是文件夹：${file}`,
        `Part of the path is not a folder: ${file}`,
      );
    case 'EISDIR':
      return new FileSystemError(
        `这是一个文件夹，不是文件：${file}（请给出文件名，如 ${file}/输出.xlsx）`,
        `This is a folder, not a file: ${file} (give a file name, e.g. ${file}/out.xlsx)`,
      );
    case 'EACCES':
    case 'EPERM':
      return new FileSystemError(
        `没有写入权限：${file}（文件可能正在 Excel 或 WPS 中打开，或文件夹只读）`,
        `Permission denied: ${file} (the file may be open in Excel or WPS, or the folder read-only)`,
      );
    case 'EBUSY':
      return new FileSystemError(
        `文件正被其他程序占用：${file}（请先在 Excel 或 WPS 中关闭它）`,
        `The file is in use: ${file} (close it in Excel or WPS first)`,
      );
    case 'EROFS':
      return new FileSystemError(`磁盘只读，无法写入：${file}`, `Read-only file system: ${file}`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileSystemError(`磁盘空间不足，无法写入：${file}`, `No space left on the disk: ${file}`);
    case 'ENAMETOOLONG':
      return new FileSystemError(`文件名太长：${file}`, `File name too long: ${file}`);
    default:
      return new FileSystemError(
        `无法读写文件：${file}（系统错误 ${error.code ?? '未知'}）`,
        `Cannot read or write the file: ${file} (system error ${error.code ?? 'unknown'})`,
      );
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a command's output file. An existing file is a person's work: it is replaced only with `--force`.
 * Errors become FileSystemError (exit 2).
 */
export async function writeOutputFile(
  path: string,
  data: Uint8Array,
  options: { force: boolean },
): Promise<void> {
  if (!options.force && (await exists(path))) {
    throw new FileSystemError(
      `输出文件已存在：${path}（不会覆盖；换一个文件名，或加 --force 覆盖）`,
      `The output file exists: ${path} (not overwritten; choose another name or add --force)`,
    );
  }
  try {
    await writeFile(path, data);
  } catch (error) {
    if (isErrnoError(error)) throw describeFileError(error, path);
    throw error;
  }
}
