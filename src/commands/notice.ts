/**
 * The small dialog a ribbon command opens to say what it did (Excel has no toast for add-ins). It shows
 * the `message` query parameter and tells the command to close it when the user presses 确定 or Esc.
 */

/* global Office */

function closeDialog(): void {
  Office.context.ui.messageParent('close');
}

Office.onReady(() => {
  const params = new URLSearchParams(window.location.search);
  const message = document.getElementById('message');
  if (message) message.textContent = params.get('message') ?? '';
  const ok = document.getElementById('ok');
  ok?.addEventListener('click', closeDialog);
  ok?.focus();
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' || e.key === 'Enter') closeDialog();
  });
});
