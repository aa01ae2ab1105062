/** The part of unzipper (a dependency of exceljs) used to read a workbook's table of contents. */
declare module 'unzipper' {
  interface CentralDirectory {
    files: { path: string; compressedSize: number; uncompressedSize: number }[];
  }
  const unzipper: { Open: { file(path: string): Promise<CentralDirectory> } };
  export default unzipper;
}
