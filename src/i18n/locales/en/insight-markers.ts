/**
 * The unusual-month markers the trends draw (summary, SKU), part of the insights part: its own module so
 * that a section marking anomalies carries these three messages, not every insight's.
 */
export default {
  'insights.marker.note': '{metric} in {month} is unusual: {value}, expected {low} to {high}.',
  'insights.marker.cell': '{value} (unusual, expected {low} to {high})',
  'insights.marker.legend': 'Unusual month',
} as const;
