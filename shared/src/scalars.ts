import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { parseCalendarDate, type CalendarDate } from './calendar-date.ts';
import { formatMoney, parseMoney, type Fen } from './money.ts';
import { formatYearMonth, parseYearMonth, type YearMonth } from './year-month.ts';

/** The wire forms of api.md "Scalars"; every subgraph declares them in its schema and uses these. */

function stringInput(scalar: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new GraphQLError(`${scalar} is written as a string, e.g. ${EXAMPLES[scalar]}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

function literalInput(scalar: string, ast: ValueNode): string {
  return stringInput(scalar, ast.kind === Kind.STRING ? ast.value : undefined);
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

const EXAMPLES: Record<string, string> = {
  YearMonth: '"2019-06"',
  Date: '"2024-09-27"',
  Money: '"1234.56"',
};

function toYearMonth(text: string): YearMonth {
  const value = parseYearMonth(text);
  if (value === null) {
    throw badInput(`"${text}" is not a month: write YYYY-MM with a month from 01 to 12, e.g. "2019-06"`);
  }
  return value;
}

export const YearMonthScalar = new GraphQLScalarType<YearMonth, string>({
  name: 'YearMonth',
  description: 'A calendar month, "YYYY-MM".',
  serialize: (value) => formatYearMonth(value as YearMonth),
  parseValue: (value) => toYearMonth(stringInput('YearMonth', value)),
  parseLiteral: (ast) => toYearMonth(literalInput('YearMonth', ast)),
});

function toCalendarDate(text: string): CalendarDate {
  const value = parseCalendarDate(text);
  if (value === null) {
    throw badInput(`"${text}" is not a date: write YYYY-MM-DD with a day that exists, e.g. "2024-09-27"`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<CalendarDate, string>({
  name: 'Date',
  description: 'A calendar day in China time (Asia/Shanghai), "YYYY-MM-DD".',
  serialize: (value) => value as string,
  parseValue: (value) => toCalendarDate(stringInput('Date', value)),
  parseLiteral: (ast) => toCalendarDate(literalInput('Date', ast)),
});

function toFen(text: string): Fen {
  const parsed = parseMoney(text);
  if (!parsed.ok) throw badInput(parsed.problem);
  return parsed.fen;
}

export const MoneyScalar = new GraphQLScalarType<Fen, string>({
  name: 'Money',
  description: 'An amount in yuan with exactly two decimals, as a string: "1234.56". Held as integer fen.',
  serialize: (value) => formatMoney(value as Fen),
  parseValue: (value) => toFen(stringInput('Money', value)),
  parseLiteral: (ast) => toFen(literalInput('Money', ast)),
});

const SHANGHAI_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** An instant written in China time with its offset: 2024-09-27T18:30:05.123+08:00. */
export function formatDateTime(instant: Date): string {
  const parts = Object.fromEntries(SHANGHAI_PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  const millis = String(instant.getUTCMilliseconds()).padStart(3, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${millis}+08:00`;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO-8601 with offset (China time), e.g. "2024-09-27T18:30:05.123+08:00".',
  serialize: (value) => formatDateTime(value as Date),
  parseValue: (value) => {
    const instant = new Date(stringInput('DateTime', value));
    if (Number.isNaN(instant.getTime())) throw badInput('a DateTime is ISO-8601 with an offset');
    return instant;
  },
});

export const scalarResolvers = {
  YearMonth: YearMonthScalar,
  Date: DateScalar,
  Money: MoneyScalar,
  DateTime: DateTimeScalar,
};
