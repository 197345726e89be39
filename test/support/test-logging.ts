import { configureLogging } from '#shared/observability/log.ts';
import type { Config } from '#shared/config.ts';

// Tests log warnings and errors only (LOG_LEVEL=info shows every request); the operations tests capture the lines.
configureLogging({ logLevel: (process.env.LOG_LEVEL as Config['logLevel'] | undefined) ?? 'warn', nodeEnv: 'test' });
