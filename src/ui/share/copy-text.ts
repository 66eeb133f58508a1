// Copies text for people to paste elsewhere, where the browser allows it (not every frame does).

/** Whether the text reached the clipboard; otherwise the caller leaves it selected for Ctrl+C. */
export async function copyText(text: string, fallbackField: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallbackField) return false;
    fallbackField.focus();
    fallbackField.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
