/**
 * Moves focus to the first invalid field of a form after a failed submit, so keyboard and
 * screen-reader users land on what needs correcting (its error is announced with it).
 */
export function focusFirstError(form: HTMLFormElement | null | undefined): void {
  requestAnimationFrame(() => {
    const field = (form ?? document).querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
  });
}
