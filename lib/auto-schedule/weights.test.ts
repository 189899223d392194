import { describe, expect, it } from "vitest";
import { pairWeight } from "./weights";

describe("pairWeight", () => {
  it("orders tiers before scores: mutual interest > proposal > one side's request", () => {
    const weakMutual = pairWeight({ source: "mutual", score: 0 });
    const strongProposal = pairWeight({ source: "proposal", score: 100 });
    const strongRequest = pairWeight({ source: "request", score: 100 });
    expect(weakMutual).toBeGreaterThan(strongProposal);
    expect(pairWeight({ source: "proposal", score: 0 })).toBeGreaterThan(strongRequest);
  });

  it("orders pairs within a tier by match score", () => {
    expect(pairWeight({ source: "request", score: 80 })).toBeGreaterThan(pairWeight({ source: "request", score: 20 }));
    expect(pairWeight({ source: "request", score: null })).toBe(pairWeight({ source: "request", score: 0 }));
  });

  it("lets the organizer lift or lower a pair by up to a whole tier, and keeps weights positive", () => {
    expect(pairWeight({ source: "proposal", score: 10, adjustment: 2 })).toBeGreaterThan(
      pairWeight({ source: "mutual", score: 0 }),
    );
    expect(pairWeight({ source: "proposal", score: 90, adjustment: -2 })).toBeLessThan(
      pairWeight({ source: "request", score: 100 }),
    );
    expect(pairWeight({ source: "request", score: 0, adjustment: -9 })).toBeGreaterThan(0);
  });
});
