/**
 * Errors the shells turn into exit code 2 / a failed step with a readable message: input that
 * cannot be used at all. Problems confined to single rows are not errors; readers skip and count
 * them.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file === undefined ? message : `${file}${line === undefined ? "" : `:${line}`}: ${message}`);
  }
}

/** A wrong flag, input or combination of them. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
