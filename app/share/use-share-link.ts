/**
 * Share links (being built): the address bar holds the working scenario's link (#s=…),
 * and a link opened in the browser becomes an unsaved copy of its scenario.
 */
export interface ShareLinkOptions {
  draft: unknown;
  /** Opens a scenario that came from a link, as an unsaved copy. */
  openFromLink: (document: unknown, what: string) => void;
  /** Shows a message (a corrupt or foreign link). */
  notify: (message: string) => void;
}

export function useShareLink(_options: ShareLinkOptions): void {}
