/**
 * Months, dates and money as the page shows them. A month is an integer index (year × 12 + month − 1), so runs
 * and gaps are plain arithmetic; money stays the API's string of yuan (never a float).
 */

/** "2022-07" → 24270. */
export function monthIndex(text) {
  const [year, month] = text.split('-').map(Number);
  return year * 12 + month - 1;
}

/** 24270 → "2022-07". */
export function monthText(index) {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month a date ("2025-07-10") falls in. */
export function monthOfDate(date) {
  return monthIndex(date.slice(0, 7));
}

/** Where a month starts on the chart's time axis (local midnight, as ECharts' time axis reads it). */
export function monthStart(index) {
  return new Date(Math.floor(index / 12), index % 12, 1).getTime();
}

/** Where a day starts on the time axis: "2025-07-10". */
export function dayStart(date) {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day).getTime();
}

/** Today in China time (Asia/Shanghai), as "YYYY-MM-DD": the API's business dates are China's. */
export function todayInChina(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** 183 → "15年3个月", 8 → "8个月", 24 → "2年": as agency staff write contribution years. */
export function yearsAndMonths(months) {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${rest}个月`;
  return rest === 0 ? `${years}年` : `${years}年${rest}个月`;
}

/** "2850.00" → "¥2,850.00", grouping the yuan by thousands without ever making a number of it. */
export function money(amount) {
  if (amount == null) return '—';
  const negative = amount.startsWith('-');
  const [yuan, fen = '00'] = (negative ? amount.slice(1) : amount).split('.');
  const grouped = yuan.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${fen}`;
}
