import { PasswordInput, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH, checkPassword } from '../../../domain/accounts/password-rules';
import { translateFieldError } from '../../components/common/field-error';

/** Values of a "choose a password" form. */
export interface TNewPasswordValues {
  password: string;
  confirm: string;
}

/** Checks a new password with the server's own rules, plus the confirmation. */
export function validateNewPassword(values: TNewPasswordValues, email: string) {
  const errors: Record<string, string> = {};
  if (!values.password) errors.password = 'required';
  else {
    const problem = checkPassword(values.password, email);
    if (problem) errors.password = `password_${problem}`;
  }
  if (values.password && values.confirm !== values.password) errors.confirm = 'password_mismatch';
  return errors;
}

/** The new password and its confirmation, with the rule stated up front. */
export function NewPasswordFields<T extends TNewPasswordValues>({
  form,
}: {
  form: UseFormReturnType<T>;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PasswordInput
        visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
        label={t('auth.newPassword')}
        description={t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        {...form.getInputProps('password')}
        error={translateFieldError(t, form.errors.password)}
      />
      <PasswordInput
        visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
        label={t('auth.confirmPassword')}
        autoComplete="new-password"
        required
        {...form.getInputProps('confirm')}
        error={translateFieldError(t, form.errors.confirm)}
      />
    </Stack>
  );
}
