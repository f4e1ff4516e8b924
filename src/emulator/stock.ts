/**
 * A tiny stand-in for Creatify's stock avatar catalogue, so that `GET /api/personas/` and
 * `GET /api/personas/{id}/` on a stock id answer as they would for a real account, and a
 * client can tell stock avatars from custom ones. Fixed ids and dates: the catalogue never changes between runs.
 */
import type { StoredPersona } from './persona.js';

interface StockSeed {
  id: string;
  name: string;
  gender: StoredPersona['gender'];
  ageRange: StoredPersona['ageRange'];
  location: StoredPersona['location'];
  style: StoredPersona['style'];
  scene: string;
  industries: string[];
}

const SEEDS: readonly StockSeed[] = [
  {
    id: '0b6f2d4e-9a51-4c3e-8f27-5d1a9c0e7b31',
    name: 'Harper',
    gender: 'f',
    ageRange: 'adult',
    location: 'indoor',
    style: 'presenter',
    scene: 'studio',
    industries: ['E-commerce', 'Beauty'],
  },
  {
    id: '6e2c8a17-3f94-4b05-a6d8-21c7e9f0b452',
    name: 'Marcus',
    gender: 'm',
    ageRange: 'adult',
    location: 'outdoor',
    style: 'selfie',
    scene: 'street',
    industries: ['Technology', 'Finance'],
  },
  {
    id: 'c91d4b3a-57e2-4f68-9b10-8a3f6d2e4c97',
    name: 'Rowan',
    gender: 'nb',
    ageRange: 'senior',
    location: 'indoor',
    style: 'other',
    scene: 'kitchen',
    industries: ['Food', 'Lifestyle'],
  },
];

/** 2024-06-03T09:15:27.318204-07:00 expressed in epoch microseconds. */
const STOCK_CREATED_US = Date.UTC(2024, 5, 3, 16, 15, 27, 318) * 1000 + 204;

function toStored(seed: StockSeed, index: number): StoredPersona {
  const createdAtUs = STOCK_CREATED_US + index * 86_400_000_000;
  return {
    id: seed.id,
    createRequest: null,
    createdAtUs,
    creatorName: seed.name,
    gender: seed.gender,
    videoScene: seed.scene,
    keywords: null,
    labels: [],
    webhookUrl: null,
    gdownUrl: '',
    lipsyncInput: '',
    lipsyncInputUrl: '',
    consentVideo: null,
    ageRange: seed.ageRange,
    location: seed.location,
    style: seed.style,
    industries: seed.industries,
    verdict: { outcome: 'done', atMs: Math.floor(createdAtUs / 1000), reason: '', forced: false },
  };
}

/** The catalogue, oldest first; fresh objects each call so callers cannot mutate it. */
export function stockPersonas(): StoredPersona[] {
  return SEEDS.map(toStored);
}
