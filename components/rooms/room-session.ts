import { PeerMesh, type PeerView } from "./peer-mesh";
import type { JoinedRoom, RoomPeer, SignalMessage } from "./room-types";
import type { ChatMessageView } from "./chat-types";

export type RoomEnd = "left" | "takenOver" | "closed";

type Handlers = {
  onPeers(peers: PeerView[]): void;
  onChat(message: ChatMessageView): void;
  /** true while our own signal stream is down and we are joining again. */
  onReconnecting(reconnecting: boolean): void;
  onEnded(reason: RoomEnd): void;
  /** A refusal from the server (a key of rooms.errors). */
  onError(key: string): void;
};

/** A room API refusal: its key names a message under rooms.errors. */
export class RoomApiError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

async function api<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { "Content-Type": "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new RoomApiError(body?.error?.key ?? "network");
  return body as T;
}

/**
 * One visit to a room from this tab: join (the server serializes joins and records the
 * visit), fetch the ICE servers, call everyone already there, then follow the signal
 * stream (Server-Sent Events). When the stream cannot be resumed (the server ended the
 * visit after a drop), join again and call everyone anew, without reloading the page.
 */
export class RoomSession {
  private mesh: PeerMesh | null = null;
  private events: EventSource | null = null;
  private visitId = "";
  private readonly seen = new Set<string>();
  private readonly people = new Map<string, RoomPeer>();
  private self: RoomPeer | null = null;
  private ended = false;
  private retries = 0;
  /** Signals are handled one at a time, in stream order (perfect negotiation relies on it). */
  private inbox: Promise<void> = Promise.resolve();

  constructor(
    private readonly token: string,
    private local: MediaStream | null,
    private readonly handlers: Handlers,
  ) {}

  private get base(): string {
    return `/api/rooms/${encodeURIComponent(this.token)}`;
  }

  /** The connections (for diagnostics and the browser tests). */
  connections(): RTCPeerConnection[] {
    return this.mesh?.connections() ?? [];
  }

  async start(): Promise<void> {
    const [joined, ice] = await Promise.all([
      api<JoinedRoom>(`${this.base}/join`, { method: "POST" }),
      api<{ iceServers: RTCIceServer[] }>(`${this.base}/ice`),
    ]);
    if (this.ended) return this.leaveVisit(joined.visitId);
    this.visitId = joined.visitId;
    this.self = joined.self;
    this.mesh?.close();
    this.mesh = new PeerMesh(
      joined.self.userId,
      { iceServers: ice.iceServers },
      this.local,
      (kind, toUserId, payload) => this.signal(kind, toUserId, payload),
      () => this.handlers.onPeers(this.mesh?.views() ?? []),
    );
    for (const peer of joined.peers) {
      this.people.set(peer.userId, peer);
      if (this.pairs(peer)) this.mesh.call(peer);
    }
    this.handlers.onPeers(this.mesh.views());
    this.listen(joined.after);
  }

  /** Screen share / camera back: the new outgoing video for every connection. */
  replaceVideo(track: MediaStreamTrack | null): Promise<void> {
    return this.mesh?.replaceVideo(track) ?? Promise.resolve();
  }

  async sendChat(input: { body: string; productId?: string }): Promise<ChatMessageView> {
    return api<ChatMessageView>(`${this.base}/chat`, { method: "POST", body: JSON.stringify(input) });
  }

  /** Leave on purpose (button) or because the page goes away (keepalive survives unload). */
  leave(reason: RoomEnd = "left"): void {
    if (this.ended) return;
    this.ended = true;
    this.events?.close();
    this.mesh?.close();
    if (this.visitId) this.leaveVisit(this.visitId);
    this.handlers.onEnded(reason);
  }

  private leaveVisit(visitId: string): void {
    void fetch(`${this.base}/leave`, {
      method: "POST",
      keepalive: true,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ visitId }),
    }).catch(() => undefined);
  }

  /** Two organizers looking in have nothing to exchange. */
  private pairs(peer: RoomPeer): boolean {
    return !(this.self?.role === "ORGANIZER" && peer.role === "ORGANIZER");
  }

  private async signal(kind: string, toUserId: string, payload: unknown): Promise<void> {
    await api(`${this.base}/signals`, { method: "POST", body: JSON.stringify({ kind, toUserId, payload }) });
  }

  private listen(after: string): void {
    this.events?.close();
    const url = `${this.base}/events?visit=${encodeURIComponent(this.visitId)}&after=${after}`;
    const events = new EventSource(url);
    this.events = events;
    events.onopen = () => {
      this.retries = 0;
      this.handlers.onReconnecting(false);
    };
    events.onmessage = (event) => {
      const message = JSON.parse(event.data) as SignalMessage;
      if (this.seen.has(message.id)) return;
      this.seen.add(message.id);
      this.inbox = this.inbox
        .then(() => this.receive(message))
        .catch((error) => console.warn("[room] signal failed", error));
    };
    events.addEventListener("takenOver", () => this.leave("takenOver"));
    events.addEventListener("closed", () => this.leave("closed"));
    events.onerror = () => {
      if (this.ended) return;
      this.handlers.onReconnecting(true);
      // CONNECTING: the browser resumes by itself (Last-Event-ID). CLOSED: the server
      // refused the old visit, so join again.
      if (events.readyState === EventSource.CLOSED) void this.rejoin();
    };
  }

  private async rejoin(): Promise<void> {
    const delay = Math.min(1000 * 2 ** this.retries++, 10_000);
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (this.ended) return;
    try {
      await this.start();
    } catch (error) {
      const key = error instanceof RoomApiError ? error.key : "network";
      if (key === "roomClosed") return this.leave("closed");
      if (key === "network" || this.retries < 5) return this.rejoin();
      this.handlers.onError(key);
    }
  }

  private async receive(message: SignalMessage): Promise<void> {
    const mesh = this.mesh;
    if (!mesh) return;
    const from = message.fromUserId;
    switch (message.kind) {
      case "hello": {
        const { name, role } = message.payload as RoomPeer;
        const peer = { userId: from, name, role };
        this.people.set(from, peer);
        if (this.pairs(peer)) mesh.expect(peer);
        return;
      }
      case "bye":
        mesh.drop(from);
        return;
      case "chat":
        this.handlers.onChat(message.payload as ChatMessageView);
        return;
      default: {
        const who = this.people.get(from) ?? { userId: from, name: "", role: "BUYER" as const };
        await mesh.handle(from, message.kind, message.payload, who);
      }
    }
  }
}
