import type { OpInput, OpName, OpOutput } from '../../../shared/contract';
import type { AppErrorBody, Result } from '../../../shared/result';

type Transport = (op: string, input: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser mode. */
    tandem?: { invoke: Transport };
  }
}

const httpTransport: Transport = async (op, input) => {
  let response: Response;
  try {
    response = await fetch(`./api/${encodeURIComponent(op)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'Tandem is not reachable. Is the browser-mode server still running?' } };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: `Unexpected answer from Tandem (HTTP ${response.status}).` } };
  }
};

// Chosen once at start: the preload bridge in the desktop app, HTTP in the browser mode.
const transport: Transport = typeof window !== 'undefined' && window.tandem ? (op, input) => window.tandem!.invoke(op, input) : httpTransport;

/** The one way the renderer talks to the core. Typed by the contract. */
export function invoke<K extends OpName>(op: K, input: OpInput<K>): Promise<Result<OpOutput<K>>> {
  return transport(op, input) as Promise<Result<OpOutput<K>>>;
}

/** A refused op as a thrown error, for the query cache; `body` keeps the code and field issues. */
export class OpError extends Error {
  constructor(readonly body: AppErrorBody) {
    super(body.message);
    this.name = 'OpError';
  }
}

/** The op's value, or an OpError: what queries need. */
export async function call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> {
  const result = await invoke(op, input);
  if (!result.ok) throw new OpError(result.error);
  return result.value;
}
