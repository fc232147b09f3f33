// Runs one call against the route table: the route must exist, its input must pass the contract's schema, and
// whatever happens comes back as a WireResponse; nothing thrown escapes to a transport.
import { contract, isRouteName, type RouteName } from './contract';
import { toWireError } from './errors';
import type { RouteHandler, RouteTable } from './routes';
import type { WireResponse } from './wire';

export type Logger = (message: string, err: unknown) => void;

export async function dispatch(table: RouteTable, name: string, input: unknown, log?: Logger): Promise<WireResponse<unknown>> {
  if (!isRouteName(name)) return { ok: false, error: { code: 'UNKNOWN_ROUTE', message: `There is no route called "${name}".` } };
  try {
    const params: unknown = contract[name].input.parse(input ?? {});
    // The table is indexed by the same name the schema came from, so params has the handler's type.
    const handler = table[name] as RouteHandler<RouteName> as (p: unknown) => unknown;
    return { ok: true, result: await handler(params) };
  } catch (err) {
    const error = toWireError(err);
    if (error.code === 'INTERNAL') log?.(`route ${name} failed`, err);
    return { ok: false, error };
  }
}
