/** Errors the user can fix (bad file, bad flag): printed as one line, exit code 2. */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A user-supplied file failed to parse or validate. Message: `<file>: <json path>: <what was expected>`. */
export class InputFileError extends UserError {
  override readonly name = 'InputFileError';
  constructor(
    readonly file: string,
    readonly path: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${path}: ${problem}`, options);
  }
}

/** Bad command-line usage. */
export class UsageError extends UserError {
  override readonly name = 'UsageError';
}

/** Where mlscan was told to write can't take the output. Message: `<path>: <what is wrong>`. */
export class OutputPathError extends UserError {
  override readonly name = 'OutputPathError';
  constructor(
    readonly path: string,
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${problem}`, options);
  }
}
