export type NewsparseErrorCode = 'INVALID_INPUT' | 'INPUT_TOO_LARGE' | 'INVALID_OPTION';

/** Every error newsparse throws on purpose: check `code` rather than the message. */
export class NewsparseError extends Error {
  readonly code: NewsparseErrorCode;

  constructor(code: NewsparseErrorCode, message: string) {
    super(`@newsparse/core: ${message}`);
    this.name = 'NewsparseError';
    this.code = code;
  }
}

/** The input is longer than `options.maxLength`; parse it in pieces or raise the limit. */
export class InputTooLargeError extends NewsparseError {
  readonly length: number;
  readonly maxLength: number;

  constructor(length: number, maxLength: number) {
    super(
      'INPUT_TOO_LARGE',
      `text has ${length} characters, more than maxLength ${maxLength}; raise options.maxLength to parse it`,
    );
    this.name = 'InputTooLargeError';
    this.length = length;
    this.maxLength = maxLength;
  }
}
