import type { DatePrecision } from '../../types.js';

const DAY_MS = 86_400_000;

export function utcNoon(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function formatDate(date: Date, precision: DatePrecision): string {
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  if (precision === 'year') return year;
  const month = `${year}-${pad(date.getUTCMonth() + 1)}`;
  if (precision === 'month') return month;
  return `${month}-${pad(date.getUTCDate())}`;
}

export function pad(value: number): string {
  return String(value).padStart(2, '0');
}
