import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { errorMessageKey } from '../../lib/api-error';

/** Success and error toasts, with a translated name on their close button. */
export function notifySuccess(t: TFunction, message: string, extra: { title?: string } = {}) {
  notifications.show({
    color: 'lagoon',
    message,
    title: extra.title,
    closeButtonProps: { 'aria-label': t('common.close') },
    autoClose: extra.title ? 8000 : 4000,
  });
}

/** Shows an error's translated message. */
export function notifyError(t: TFunction, error: unknown) {
  notifications.show({
    color: 'red',
    message: t(errorMessageKey(error)),
    closeButtonProps: { 'aria-label': t('common.close') },
  });
}
