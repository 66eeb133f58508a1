// Small schemas for values that arrive as text from outside (URL, CLI, messages): each says what it
// accepts in words, so every edge can tell people exactly what was wrong.

/** What is allowed, as data, so an edge that speaks several languages can say it in each. */
export type AllowedRule =
  | { kind: 'integerIn' | 'numberIn' | 'dayWindow'; min: number; max: number }
  | { kind: 'oneOf' | 'listOf'; values: readonly string[] }
  | { kind: 'flag' }
  | { kind: 'origin' }
  | { kind: 'digits'; min: number; max: number }
  | { kind: 'switchWith'; value: AllowedRule };

export interface ValueSchema<T> {
  /** What is allowed, in English words: "an integer from 0 to 2147483647" (the CLI says this). */
  readonly allowed: string;
  readonly rule: AllowedRule;
  parse(raw: string): T | undefined;
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

export function integerIn(min: number, max: number): ValueSchema<number> {
  return {
    allowed: `an integer from ${min} to ${max}`,
    rule: { kind: 'integerIn', min, max },
    parse: (raw) => {
      const text = raw.trim();
      if (!INTEGER.test(text)) return undefined;
      const value = Number(text);
      return value >= min && value <= max ? value : undefined;
    },
  };
}

export function numberIn(min: number, max: number): ValueSchema<number> {
  return {
    allowed: `a number from ${min} to ${max}`,
    rule: { kind: 'numberIn', min, max },
    parse: (raw) => {
      const text = raw.trim();
      if (!DECIMAL.test(text)) return undefined;
      const value = Number(text);
      return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
    },
  };
}

export function oneOf<T extends string>(values: readonly T[]): ValueSchema<T> {
  return {
    allowed: `one of ${values.join(', ')}`,
    rule: { kind: 'oneOf', values },
    parse: (raw) => (values as readonly string[]).includes(raw.trim()) ? (raw.trim() as T) : undefined,
  };
}

export const flag: ValueSchema<boolean> = {
  allowed: '0 or 1',
  rule: { kind: 'flag' },
  parse: (raw) => (raw.trim() === '1' ? true : raw.trim() === '0' ? false : undefined),
};

/** "START-END" in days, both within [min, max], START before END. Negative days are allowed ("-2-5"). */
export function dayWindowIn(min: number, max: number): ValueSchema<[number, number]> {
  const day = numberIn(min, max);
  return {
    allowed: `START-END with days from ${min} to ${max}, START before END`,
    rule: { kind: 'dayWindow', min, max },
    parse: (raw) => {
      const match = /^\s*(-?[\d.]+)\s*-\s*(-?[\d.]+)\s*$/.exec(raw);
      if (!match) return undefined;
      const start = day.parse(match[1]);
      const end = day.parse(match[2]);
      return start !== undefined && end !== undefined && start < end ? [start, end] : undefined;
    },
  };
}

/** A switch that is off (0), on with its default (1), or on with a value ("2-6", "3"). */
export function switchWith<T>(value: ValueSchema<T>): ValueSchema<{ on: boolean; value?: T }> {
  return {
    allowed: `0, 1 or ${value.allowed}`,
    rule: { kind: 'switchWith', value: value.rule },
    parse: (raw) => {
      const on = flag.parse(raw);
      if (on !== undefined) return { on };
      const parsed = value.parse(raw);
      return parsed === undefined ? undefined : { on: true, value: parsed };
    },
  };
}

/** An exact web origin as browsers write it ("https://course.example.org", "http://127.0.0.1:8080"). */
const ORIGIN = /^(https?):\/\/(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)(:(\d{1,5}))?$/;

export const webOrigin: ValueSchema<string> = {
  allowed: 'an origin such as https://example.org (lower case, no path)',
  rule: { kind: 'origin' },
  parse: (raw) => {
    const text = raw.trim();
    const match = text.length <= 200 ? ORIGIN.exec(text) : null;
    if (!match) return undefined;
    const [, scheme, , , , , , port] = match;
    // Browsers leave out the scheme's own port, so an origin that names it would never match.
    if (port !== undefined && (Number(port) > 65535 || port === (scheme === 'https' ? '443' : '80'))) return undefined;
    return text;
  },
};

/** A short run of digits, such as a PIN. */
export function digitsOf(minLength: number, maxLength: number): ValueSchema<string> {
  const pattern = new RegExp(`^\\d{${minLength},${maxLength}}$`);
  return {
    allowed: `${minLength} to ${maxLength} digits`,
    rule: { kind: 'digits', min: minLength, max: maxLength },
    parse: (raw) => (pattern.test(raw.trim()) ? raw.trim() : undefined),
  };
}

/** A comma-separated list of distinct values from a fixed set, in the set's order; empty text is the empty list. */
export function listOf<T extends string>(values: readonly T[]): ValueSchema<T[]> {
  return {
    allowed: `a comma-separated list of ${values.join(', ')}`,
    rule: { kind: 'listOf', values },
    parse: (raw) => {
      const items = raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
      if (items.some((item) => !(values as readonly string[]).includes(item))) return undefined;
      return values.filter((v) => items.includes(v));
    },
  };
}
