/** Messages and bytes the load clients exchanged with the server. */
export class Traffic {
  /** Server → clients. */
  msgsIn = 0;
  bytesIn = 0;
  /** Clients → server. */
  msgsOut = 0;
  bytesOut = 0;

  reset(): void {
    this.msgsIn = 0;
    this.bytesIn = 0;
    this.msgsOut = 0;
    this.bytesOut = 0;
  }

  snapshot(): { msgsIn: number; bytesIn: number; msgsOut: number; bytesOut: number } {
    return { msgsIn: this.msgsIn, bytesIn: this.bytesIn, msgsOut: this.msgsOut, bytesOut: this.bytesOut };
  }
}
