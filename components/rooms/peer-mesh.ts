import type { RoomPeer } from "./room-types";

export type PeerStatus = "connecting" | "connected" | "reconnecting";

export type PeerView = RoomPeer & { status: PeerStatus; stream: MediaStream };

type Send = (kind: "offer" | "answer" | "candidate", toUserId: string, payload: unknown) => Promise<void>;

type Peer = RoomPeer & {
  pc: RTCPeerConnection;
  stream: MediaStream;
  status: PeerStatus;
  polite: boolean;
  makingOffer: boolean;
  ignoreOffer: boolean;
  settingAnswer: boolean;
  /** Our tracks are on this connection (the answering side adds them with its first answer). */
  tracksAdded: boolean;
  /** Candidates that arrived before the description they belong to. */
  pending: RTCIceCandidateInit[];
  /** Signals to one peer go out in order (an answer must not overtake its candidates' description). */
  outbox: Promise<void>;
  restartTimer?: ReturnType<typeof setTimeout>;
};

type Description = { type: RTCSdpType; sdp: string };

/**
 * A mesh of RTCPeerConnections, one per other person in the room, negotiated with the
 * "perfect negotiation" pattern: either side may offer at any time (new tracks, ICE
 * restarts); on a collision the polite side (the larger user id) yields. The newcomer
 * calls everyone already there; the others answer. A dropped connection restarts ICE
 * without reloading.
 */
export class PeerMesh {
  private readonly peers = new Map<string, Peer>();
  private local: MediaStream | null;

  constructor(
    private readonly selfId: string,
    private readonly config: RTCConfiguration,
    localStream: MediaStream | null,
    private readonly send: Send,
    private readonly onChange: () => void,
  ) {
    this.local = localStream;
  }

  views(): PeerView[] {
    return [...this.peers.values()].map(({ userId, name, role, status, stream }) => ({
      userId,
      name,
      role,
      status,
      stream,
    }));
  }

  /** For diagnostics and the browser tests: the live connections. */
  connections(): RTCPeerConnection[] {
    return [...this.peers.values()].map((peer) => peer.pc);
  }

  /** Call someone already in the room (we are the newcomer). */
  call(peer: RoomPeer): void {
    this.drop(peer.userId);
    this.create(peer, { offer: true });
  }

  /** Someone (re)joined: forget any old connection and wait for their offer. */
  expect(peer: RoomPeer): void {
    this.drop(peer.userId);
    this.create(peer, { offer: false });
    this.onChange();
  }

  drop(userId: string): void {
    const peer = this.peers.get(userId);
    if (!peer) return;
    clearTimeout(peer.restartTimer);
    peer.pc.close();
    this.peers.delete(userId);
    this.onChange();
  }

  close(): void {
    for (const userId of [...this.peers.keys()]) this.drop(userId);
  }

  /** Screen share or back to the camera: swap the outgoing video; renegotiate only when none was sent. */
  async replaceVideo(track: MediaStreamTrack | null): Promise<void> {
    for (const peer of this.peers.values()) {
      const video = peer.pc
        .getTransceivers()
        .find((t) => t.receiver.track.kind === "video" && t.currentDirection !== "stopped");
      if (!video) {
        if (track) peer.pc.addTrack(track, new MediaStream([track]));
        continue;
      }
      await video.sender.replaceTrack(track);
      // A view-only start negotiated "recvonly": sending now needs a new offer (negotiationneeded).
      if (track && (video.direction === "recvonly" || video.direction === "inactive")) video.direction = "sendrecv";
    }
  }

  async handle(fromUserId: string, kind: string, payload: unknown, who: RoomPeer): Promise<void> {
    let peer = this.peers.get(fromUserId);
    if (!peer) {
      if (kind === "candidate") return;
      peer = this.create(who, { offer: false });
    }
    if (kind === "candidate") return this.addCandidate(peer, payload as RTCIceCandidateInit);
    const description = payload as Description;
    const pc = peer.pc;
    // Perfect negotiation: an offer colliding with our own is ignored by the impolite side.
    const readyForOffer = !peer.makingOffer && (pc.signalingState === "stable" || peer.settingAnswer);
    const collision = description.type === "offer" && !readyForOffer;
    peer.ignoreOffer = !peer.polite && collision;
    if (peer.ignoreOffer) return;
    peer.settingAnswer = description.type === "answer";
    await pc.setRemoteDescription(description);
    peer.settingAnswer = false;
    for (const candidate of peer.pending.splice(0)) await this.addCandidate(peer, candidate);
    if (description.type === "offer") {
      // Added after the offer, our tracks reuse its transceivers: one round trip, no second offer.
      if (!peer.tracksAdded) this.addLocalTracks(peer);
      await pc.setLocalDescription();
      this.queue(peer, "answer", pc.localDescription!.toJSON());
    }
  }

  private async addCandidate(peer: Peer, candidate: RTCIceCandidateInit): Promise<void> {
    if (!peer.pc.remoteDescription) {
      peer.pending.push(candidate);
      return;
    }
    try {
      await peer.pc.addIceCandidate(candidate);
    } catch (error) {
      if (!peer.ignoreOffer) console.warn("[room] candidate refused", error);
    }
  }

  private queue(peer: Peer, kind: "offer" | "answer" | "candidate", payload: unknown): void {
    peer.outbox = peer.outbox.then(() => this.send(kind, peer.userId, payload)).catch(() => undefined);
  }

  private create(who: RoomPeer, { offer }: { offer: boolean }): Peer {
    const pc = new RTCPeerConnection(this.config);
    const peer: Peer = {
      ...who,
      pc,
      stream: new MediaStream(),
      status: "connecting",
      polite: this.selfId > who.userId,
      makingOffer: false,
      ignoreOffer: false,
      settingAnswer: false,
      tracksAdded: false,
      pending: [],
      outbox: Promise.resolve(),
    };
    this.peers.set(who.userId, peer);
    pc.ontrack = ({ track }) => {
      peer.stream.addTrack(track);
      track.onunmute = () => this.onChange();
      this.onChange();
    };
    pc.onicecandidate = ({ candidate }) => {
      if (candidate) this.queue(peer, "candidate", candidate.toJSON());
    };
    pc.onnegotiationneeded = async () => {
      try {
        peer.makingOffer = true;
        await pc.setLocalDescription();
        this.queue(peer, "offer", pc.localDescription!.toJSON());
      } catch (error) {
        console.warn("[room] offer failed", error);
      } finally {
        peer.makingOffer = false;
      }
    };
    pc.onconnectionstatechange = () => this.watch(peer);
    // Only the caller adds tracks up front; the callee waits for the offer, so the two never collide.
    if (offer) this.addLocalTracks(peer);
    return peer;
  }

  private addLocalTracks(peer: Peer): void {
    peer.tracksAdded = true;
    const tracks = this.local?.getTracks() ?? [];
    for (const track of tracks) peer.pc.addTrack(track, this.local!);
    // Someone without a camera or microphone (look-in, view-only) still receives both.
    const kinds = new Set(tracks.map((t) => t.kind));
    const offered = new Set(peer.pc.getTransceivers().map((t) => t.receiver.track.kind));
    for (const kind of ["audio", "video"] as const) {
      if (!kinds.has(kind) && !offered.has(kind)) peer.pc.addTransceiver(kind, { direction: "recvonly" });
    }
  }

  /** Connection health: "reconnecting" while ICE is down; restart ICE if it does not recover by itself. */
  private watch(peer: Peer): void {
    const state = peer.pc.connectionState;
    clearTimeout(peer.restartTimer);
    if (state === "connected") peer.status = "connected";
    else if (state === "disconnected" || state === "failed") {
      peer.status = "reconnecting";
      // "disconnected" often heals within seconds; "failed" never does without a restart.
      const delay = state === "failed" ? 0 : 4000;
      peer.restartTimer = setTimeout(() => {
        if (this.peers.get(peer.userId) === peer && peer.pc.connectionState !== "connected") peer.pc.restartIce();
      }, delay);
    }
    this.onChange();
  }
}
