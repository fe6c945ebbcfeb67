import type { ReactNode } from 'react';
import { Modal, type ModalRootProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A Mantine modal whose header is a plain <div> (Mantine's <header> would be read as a second
 * "banner" landmark beside the app's header) and whose close button has a translated name.
 */
export function AppModal({
  title,
  children,
  ...rootProps
}: { title: string; children: ReactNode } & Omit<ModalRootProps, 'children' | 'title'>) {
  const { t } = useTranslation();
  return (
    <Modal.Root {...rootProps}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={700} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
