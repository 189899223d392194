/**
 * CPU time spent by the Next server and by the PostgreSQL processes (Linux
 * /proc), so a run can say where each request's milliseconds go; the machine's
 * other load does not inflate these as it inflates latency.
 */
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

function ticksOf(pid: string | number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0; // the process ended
  }
}

/** The postmaster listening on `port` and its children (backends, workers). */
function postgresPids(port: number): string[] {
  const all = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  const cmd = (pid: string) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8");
    } catch {
      return "";
    }
  };
  const postmaster = all.find((pid) => cmd(pid).includes("postgres") && cmd(pid).includes(`${port}`));
  if (!postmaster) return [];
  const parentOf = (pid: string) => {
    try {
      return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1];
    } catch {
      return "";
    }
  };
  return [postmaster, ...all.filter((pid) => parentOf(pid) === postmaster)];
}

export function cpuAvailable(): boolean {
  try {
    readFileSync("/proc/self/stat");
    return true;
  } catch {
    return false;
  }
}

/** CPU ms of the server and the database spent while `work` runs. */
export async function measureCpu(
  serverPid: number,
  databasePort: number,
  work: () => Promise<void>,
): Promise<{ serverMs: number; databaseMs: number }> {
  const before = { server: ticksOf(serverPid), database: postgresPids(databasePort) };
  const databaseBefore = before.database.reduce((sum, pid) => sum + ticksOf(pid), 0);
  await work();
  // Backends started during the work count from zero.
  const databaseAfter = postgresPids(databasePort).reduce((sum, pid) => sum + ticksOf(pid), 0);
  return {
    serverMs: (ticksOf(serverPid) - before.server) * TICK_MS,
    databaseMs: (databaseAfter - databaseBefore) * TICK_MS,
  };
}
