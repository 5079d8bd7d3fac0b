/** The scenario library (being built): saved scenarios in this browser, autosave. */
export interface LibraryMenuProps {
  draft: unknown;
  /** Replace the working scenario (opening a saved one). */
  open: (document: unknown, what: string) => void;
  notify: (message: string) => void;
}

export function LibraryMenu(_props: LibraryMenuProps) {
  return null;
}
