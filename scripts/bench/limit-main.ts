import { startLimitServer } from './limit-server.ts';

/** The limit server as a process of its own (as the hub's services are), for `npm run bench`. */
const limit = await startLimitServer(
  process.env.DATABASE_URL!,
  process.env.DATABASE_NAME_PREFIX!,
  process.env.PERSON_ID_KEY!,
  Number(process.env.PORT),
);
console.log(`limit ready at ${limit.url}`);
process.on('SIGTERM', () => void limit.stop().then(() => process.exit(0)));
