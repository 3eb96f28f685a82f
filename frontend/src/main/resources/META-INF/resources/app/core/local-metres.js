// Metres on the ground near a point, for the short distances of a plan and a view (a sphere is close enough there),
// and the roundings the drawing keeps: centimetres for heights, 1e-9 degree (0.1 mm) for corners.

export const METRES_PER_DEGREE_LAT = 111_320;
export const metresPerDegreeLon = (lat) => METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180);
export const round2 = (v) => Math.round(v * 100) / 100;
export const round9 = (v) => Math.round(v * 1e9) / 1e9;
