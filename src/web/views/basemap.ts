// The offline basemap: Natural Earth countries (world-atlas, 1:110m TopoJSON) as GeoJSON; the sea is the background.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString } from 'geojson';
import countries110m from 'world-atlas/countries-110m.json';

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

let cached: { land: FeatureCollection; borders: MultiLineString } | null = null;

export function basemap(): { land: FeatureCollection; borders: MultiLineString } {
  if (cached) return cached;
  const topo = countries110m as unknown as Countries;
  const land = feature(topo, topo.objects.countries) as FeatureCollection;
  const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
  cached = { land, borders };
  return cached;
}

/** Seas and oceans named on the map (labels are DOM text: no glyph server needed). */
export const SEA_LABELS: { name: string; lon: number; lat: number }[] = [
  { name: 'Caribbean Sea', lon: -73, lat: 14.5 },
  { name: 'Gulf of Mexico', lon: -90, lat: 25 },
  { name: 'North Atlantic Ocean', lon: -50, lat: 28 },
  { name: 'South Atlantic Ocean', lon: -25, lat: -20 },
  { name: 'Pacific Ocean', lon: -112, lat: 5 },
  { name: 'Indian Ocean', lon: 80, lat: -15 },
  { name: 'Mediterranean Sea', lon: 18, lat: 34.5 },
  { name: 'Arctic Ocean', lon: 0, lat: 80 },
];
