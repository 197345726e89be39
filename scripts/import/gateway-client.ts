/** One error of a GraphQL answer, as the gateway sends it. */
export interface AnswerError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export interface Answer {
  /** The HTTP status. */
  status: number;
  data?: Record<string, unknown> | null;
  errors?: AnswerError[];
}

/** The gateway could not be reached, or answered with something that is not GraphQL. */
export class TransportError extends Error {}

/** The run cannot go on (a refused token, a gateway that keeps failing): the state file keeps what was done. */
export class FatalImportError extends Error {}

const TRANSIENT_CODES = new Set(['SUBGRAPH_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);
const FATAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

export const isTransient = (error: AnswerError) =>
  TRANSIENT_CODES.has(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');

/**
 * POSTs GraphQL to the gateway with the bearer token (none in development), over Node's fetch (kept-alive
 * connections). A transport failure or a fault of the hub (5xx, SUBGRAPH_UNAVAILABLE, INTERNAL_SERVER_ERROR) is
 * tried again after 0.5, 1, 2, 4 s: every mutation it sends is idempotent. A refused token is fatal.
 */
export class GatewayClient {
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
    private readonly attempts = 5,
  ) {}

  async post(query: string, variables: Record<string, unknown>): Promise<Answer> {
    for (let attempt = 1; ; attempt++) {
      let answer: Answer | undefined;
      let failure: string;
      try {
        answer = await this.once(query, variables);
        const fatal = answer.errors?.find((error) => FATAL_CODES.has(error.extensions?.code ?? ''));
        if (fatal)
          throw new FatalImportError(`The gateway refused the request (${fatal.extensions?.code}): ${fatal.message}`);
        const whole = answer.data == null && (answer.errors ?? []).some(isTransient);
        if (answer.status < 500 && !whole) return answer;
        failure = answer.errors?.[0]?.message ?? `HTTP ${answer.status}`;
      } catch (error) {
        if (!(error instanceof TransportError)) throw error;
        failure = error.message;
      }
      if (attempt >= this.attempts)
        throw new FatalImportError(
          `The gateway failed ${attempt} times in a row (${failure}): run the import again later to resume.`,
        );
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
    }
  }

  private async once(query: string, variables: Record<string, unknown>): Promise<Answer> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new TransportError(`${this.url} cannot be reached: ${(error as Error).cause ?? (error as Error).message}`);
    }
    const text = await response.text();
    try {
      const body = JSON.parse(text) as Omit<Answer, 'status'>;
      return { status: response.status, ...body };
    } catch {
      throw new TransportError(
        `${this.url} answered HTTP ${response.status} without GraphQL: is it the hub's gateway?`,
      );
    }
  }
}
