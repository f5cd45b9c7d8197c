/** E-mail addresses in user text (labels, names), replaced by `placeholder`. */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function hideEmails(text: string, placeholder: string): string {
  return text.replace(EMAIL, placeholder);
}
