/** The AppError a promise rejects with; anything else (or no rejection) fails the test. */
import { isAppError, type AppError } from '../../src/errors.js';

export async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}
