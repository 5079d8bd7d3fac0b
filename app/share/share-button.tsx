/** "Share" (being built): copies the scenario's link. */
export interface ShareButtonProps {
  draft: unknown;
}

export function ShareButton(_props: ShareButtonProps) {
  return null;
}
