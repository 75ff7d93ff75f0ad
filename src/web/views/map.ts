// The map: MapLibre GL over the offline basemap; events as points with their uncertainty radius drawn to scale.
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { EventFeature } from '../api.ts';
import { categoryColor } from '../categories.ts';
import { h, link } from '../dom.ts';
import { basemap, SEA_LABELS } from './basemap.ts';

maplibregl.setWorkerUrl(workerUrl);

// Metres per pixel at zoom 0 on the equator for MapLibre's 512 px tiles.
const M_PER_PX_Z0 = 40_075_016.686 / 512;

export interface EventMapOptions {
  onOpen(id: string): void;
  /** The user asked to keep only the events inside the map's view (null: stop). */
  onArea(bbox: [number, number, number, number] | null): void;
}

function style(): StyleSpecification {
  const { land, borders } = basemap();
  return {
    version: 8,
    sources: {
      land: { type: 'geojson', data: land },
      borders: { type: 'geojson', data: { type: 'Feature', geometry: borders, properties: {} } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dce7ee' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f4f2ec', 'fill-outline-color': '#c8c2b4' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#b9b2a3', 'line-width': 0.7 } },
    ],
  };
}

function toMapFeatures(features: EventFeature[]) {
  const out = [];
  for (const f of features) {
    if (!f.geometry) continue;
    const p = f.properties;
    const lat = f.geometry.coordinates[1];
    // pixel radius at zoom 0; the layer multiplies by 2^zoom
    const r0 = ((p.radius_km ?? 0) * 1000) / (M_PER_PX_Z0 * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
    out.push({ type: 'Feature' as const, geometry: f.geometry, properties: { id: p.id, event: p.event, color: categoryColor(p.event), r0 } });
  }
  return { type: 'FeatureCollection' as const, features: out };
}

export function createEventMap(container: HTMLElement, all: EventFeature[], opts: EventMapOptions) {
  const byId = new Map(all.map((f) => [f.properties.id, f]));
  const map = new maplibregl.Map({
    container,
    style: style(),
    center: [-75, 12],
    zoom: 2.6,
    attributionControl: false,
    renderWorldCopies: false,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.AttributionControl({ customAttribution: 'Natural Earth' }), 'bottom-right');
  for (const sea of SEA_LABELS)
    new maplibregl.Marker({ element: h('div', { class: 'sea-label' }, sea.name) }).setLngLat([sea.lon, sea.lat]).addTo(map);

  let pending: EventFeature[] | null = null;
  let loaded = false;
  let area = false;
  const popup = new maplibregl.Popup({ closeButton: true, maxWidth: '320px' });

  map.on('load', () => {
    map.addSource('events', { type: 'geojson', data: toMapFeatures(pending ?? []) });
    map.addLayer({
      id: 'uncertainty',
      type: 'circle',
      source: 'events',
      paint: {
        'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 0, ['get', 'r0'], 22, ['*', ['get', 'r0'], 4194304]],
        'circle-color': ['get', 'color'],
        'circle-opacity': 0.07,
        'circle-stroke-color': ['get', 'color'],
        'circle-stroke-opacity': 0.35,
        'circle-stroke-width': 1,
        'circle-pitch-alignment': 'map',
      },
    });
    map.addLayer({
      id: 'points',
      type: 'circle',
      source: 'events',
      paint: { 'circle-radius': 5, 'circle-color': ['get', 'color'], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
    });
    loaded = true;
    container.dataset.ready = 'true';
    if (pending) update(pending);
  });
  map.on('mouseenter', 'points', () => (map.getCanvas().style.cursor = 'pointer'));
  map.on('mouseleave', 'points', () => (map.getCanvas().style.cursor = ''));
  map.on('click', 'points', (ev) => {
    const hits = (ev.features ?? []).map((f) => byId.get(String(f.properties?.id))).filter((f): f is EventFeature => !!f);
    if (!hits.length) return;
    const list = h('div', { class: 'popup' },
      hits.slice(0, 6).map((f) => {
        const p = f.properties;
        return h('div', { class: 'popup-item' },
          h('div', { class: 'popup-title' }, link(`/event/${encodeURIComponent(p.id)}`, `${p.event}${p.mode ? '/' + p.mode : ''}`), ` · ${p.date ?? 'date unknown'}`),
          h('div', null, `${p.actor ?? '—'} → ${p.recipient ?? '—'}`),
          h('div', { class: 'muted' }, `${p.place ?? ''} (±${p.radius_km ?? '?'} km)`));
      }),
      hits.length > 6 ? h('div', { class: 'muted' }, `and ${hits.length - 6} more here`) : null);
    popup.setLngLat(ev.lngLat).setDOMContent(list).addTo(map);
  });

  function bounds(): [number, number, number, number] {
    const b = map.getBounds();
    const clamp = (v: number, m: number) => Math.max(-m, Math.min(m, v));
    return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)];
  }
  map.on('moveend', () => {
    if (area) opts.onArea(bounds());
  });

  function update(features: EventFeature[]): void {
    pending = features;
    container.dataset.count = String(features.filter((f) => f.geometry).length);
    if (!loaded) return;
    (map.getSource('events') as GeoJSONSource).setData(toMapFeatures(features));
  }

  return {
    map,
    update,
    fit(features: EventFeature[]): void {
      const pts = features.filter((f) => f.geometry).map((f) => f.geometry!.coordinates);
      if (!pts.length) return;
      const lons = pts.map((p) => p[0]);
      const lats = pts.map((p) => p[1]);
      const b: LngLatBoundsLike = [[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]];
      map.fitBounds(b, { padding: 60, maxZoom: 6, duration: 0 });
    },
    fitBbox(b: [number, number, number, number]): void {
      map.fitBounds([[b[0], b[1]], [b[2], b[3]]], { duration: 0 });
    },
    setArea(on: boolean): void {
      area = on;
      opts.onArea(on ? bounds() : null);
    },
    remove(): void {
      popup.remove();
      map.remove();
    },
  };
}
