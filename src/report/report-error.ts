/** A report could not be produced from the scan result (an internal fault, not a user error). */
export class ReportError extends Error {
  override readonly name = 'ReportError';
}
