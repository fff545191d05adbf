import { INTAKE_CONTROLS } from '../../../src/engine/definition/intakeControls';
import type { RawInput } from '../../../src/engine/validation/types';

/** Whether the honeypot, which people never see, came back with anything in it. */
export function honeypotFilled(input: RawInput): boolean {
  const value = input[INTAKE_CONTROLS.honeypot];
  if (Array.isArray(value)) return value.some((item) => item !== '');
  return value !== undefined && value !== null && value !== '' && value !== false;
}
