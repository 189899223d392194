/** Shapes shared by the room's client components (mirrors lib/rooms, which is server-only). */
export type RoomRole = "SUPPLIER" | "BUYER" | "INTERPRETER" | "ORGANIZER";

export type RoomPeer = { userId: string; name: string; role: RoomRole };

export type JoinedRoom = { visitId: string; after: string; self: RoomPeer; peers: RoomPeer[] };

export type SignalMessage = {
  id: string;
  kind: "hello" | "offer" | "answer" | "candidate" | "bye" | "chat";
  fromUserId: string;
  toUserId: string | null;
  payload: unknown;
};
