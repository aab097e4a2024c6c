/**
 * Errors in plain Chinese with what to do. Our own errors already say so; Office's are translated by code.
 */
import type { Lang } from './i18n';
import { translate } from './i18n';

export function describeError(e: unknown, lang: Lang): string {
  const err = e as { name?: string; code?: string; message?: string };
  if (err?.name === 'UnconfirmedOverwriteError' || err?.name === 'PlanSheetError' || err?.name === 'UserFacingError') {
    return err.message ?? String(e);
  }
  switch (err?.code) {
    case 'InvalidOperationInCellEditMode':
      return translate(lang, 'errorExcelBusy');
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RequestPayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return translate(lang, 'errorTooLarge');
    case 'ItemNotFound':
      return translate(lang, 'errorNotFound');
    case 'AccessDenied':
    case 'InsertDeleteConflict':
      return translate(lang, 'errorProtected');
    default:
      return translate(lang, 'errorGeneric', { message: err?.message ?? String(e) });
  }
}

/** An error whose message is already written for the user (Chinese, with what to do). */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}
