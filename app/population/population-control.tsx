/** The population control (being built): which country's projection drives demand. */
export interface PopulationControlProps {
  draft: unknown;
  onChange: (next: unknown) => void;
}

export function PopulationControl(_props: PopulationControlProps) {
  return null;
}
