/** Messages between the harness and the load generator process (over the fork IPC channel). */
export interface RpcRequest {
  rpc: number;
  method: string;
  params: unknown;
}

export interface RpcResponse {
  rpc: number;
  result?: unknown;
  error?: string;
}
