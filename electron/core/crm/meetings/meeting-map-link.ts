/**
 * An OpenStreetMap search for a meeting's place ("Café Central, Lisbon"), or null for an empty
 * place. Built with URLSearchParams, so any text stays inside the query and the link is always a
 * well-formed https URL on www.openstreetmap.org.
 */
export function mapLink(place: string): string | null {
  const query = place.trim();
  if (!query) return null;
  const url = new URL('https://www.openstreetmap.org/search');
  url.searchParams.set('query', query);
  return url.toString();
}
