/** Workbooks bundled with the page (the sample) arrive as the URL webpack emitted them under. */
declare module '*.xlsx' {
  const url: string;
  export default url;
}
