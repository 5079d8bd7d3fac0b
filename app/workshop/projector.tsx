/** The projector window (being built): only the charts, kept in sync with the presenter. */
export function isProjectorWindow(): boolean {
  return new URLSearchParams(location.search).get('view') === 'projector';
}

export function ProjectorApp() {
  return null;
}
