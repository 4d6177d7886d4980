// The package store and the volume writer, on a real file system with real tar (no systemd needed).
import { createHash } from "node:crypto";
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PackageEntry } from "../../../agent/config.ts";
import { packageRoot } from "../../../agent/packages/map.ts";
import { checkInPackage, PackageError, PackageStore } from "../../../agent/packages/store.ts";
import { mustExec } from "../../../agent/shell/exec.ts";
import { writeIfChanged, writeVolume } from "../../../agent/shell/files.ts";

const dir = mkdtempSync(path.join(tmpdir(), "trib-agent-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tarball(
  name: string,
  files: Record<string, string>,
  links: Record<string, string> = {},
): Promise<{ file: string; sha256: string }> {
  const src = path.join(dir, `${name}-src`);
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(src, p)), { recursive: true });
    writeFileSync(path.join(src, p), content, { mode: 0o755 });
  }
  for (const [p, target] of Object.entries(links)) symlinkSync(target, path.join(src, p));
  const file = path.join(dir, `${name}.tar.gz`);
  await mustExec("tar", ["-czf", file, "-C", src, "."]);
  return { file, sha256: createHash("sha256").update(readFileSync(file)).digest("hex") };
}

describe("PackageStore", () => {
  it("verifies the hash, unpacks once per hash, atomically", async () => {
    const t = await tarball("app", { "app-1.0/bin/app": "#!/bin/sh\necho hi\n" }, { escape: "/etc/passwd" });
    const state = path.join(dir, "state");
    const store = new PackageStore(state, "/usr/bin/tar");
    const entry: PackageEntry = { image: "x:*", path: t.file, sha256: t.sha256, root: "app-1.0" };
    const [a, b] = await Promise.all([store.ensure(entry), store.ensure(entry)]);
    expect(a).toBe(`${state}/packages/${t.sha256}`);
    expect(b).toBe(a);
    expect(await store.has(entry)).toBe(true);
    const root = packageRoot(state, entry);
    expect(readFileSync(`${root}/bin/app`, "utf8")).toContain("echo hi");
    expect(readdirSync(`${state}/packages`)).toEqual([t.sha256]); // no temporary directories left
    expect(await checkInPackage(`${root}/bin/app`, root, "executable")).toBeUndefined();
    expect(await checkInPackage(`${root}/bin`, root, "directory")).toBeUndefined();
    expect(await checkInPackage(`${root}/bin/none`, root, "executable")).toMatch(/does not exist/);
    const whole = `${state}/packages/${t.sha256}/content`;
    expect(await checkInPackage(`${whole}/escape`, whole, "executable")).toMatch(/outside the package/);
  });

  it("refuses a tarball whose sha256 differs, and unpacks nothing", async () => {
    const t = await tarball("bad", { "bin/x": "x" });
    const state = path.join(dir, "state-bad");
    const store = new PackageStore(state, "/usr/bin/tar");
    const entry: PackageEntry = { image: "x:*", path: t.file, sha256: "0".repeat(64) };
    await expect(store.ensure(entry)).rejects.toThrow(PackageError);
    await expect(store.ensure(entry)).rejects.toThrow(/the package map says 0{64}/);
    expect(readdirSync(`${state}/packages`)).toEqual([]);
  });

  it("cleans leftovers of interrupted runs", async () => {
    const state = path.join(dir, "state-left");
    mkdirSync(`${state}/packages/.unpack-abc/content`, { recursive: true });
    writeFileSync(`${state}/packages/.download-abc`, "x");
    await new PackageStore(state, "/usr/bin/tar").cleanTemporary();
    expect(readdirSync(`${state}/packages`)).toEqual([]);
  });
});

describe("volume files", () => {
  it("writes a volume kubelet-style and swaps it atomically on change", async () => {
    const vol = path.join(dir, "vol");
    const f = (p: string, c: string, mode = 0o600) => ({ path: p, content: Buffer.from(c), mode });
    expect(await writeVolume(vol, [f("a", "1"), f("sub/b", "2", 0o644)], 0o700)).toBe(true);
    expect(readFileSync(`${vol}/a`, "utf8")).toBe("1");
    expect(readFileSync(`${vol}/sub/b`, "utf8")).toBe("2");
    expect(statSync(`${vol}/a`).mode & 0o777).toBe(0o600);
    expect(readlinkSync(`${vol}/a`)).toBe("..data/a");
    const first = readlinkSync(`${vol}/..data`);
    expect(await writeVolume(vol, [f("a", "1"), f("sub/b", "2", 0o644)], 0o700)).toBe(false);
    expect(await writeVolume(vol, [f("a", "changed")], 0o700)).toBe(true);
    expect(readlinkSync(`${vol}/..data`)).not.toBe(first);
    expect(readFileSync(`${vol}/a`, "utf8")).toBe("changed");
    expect(readdirSync(vol).sort()).toEqual(["..data", readlinkSync(`${vol}/..data`), "a"].sort());
    await expect(writeVolume(vol, [f("../escape", "x")], 0o700)).rejects.toThrow(/escapes its volume/);
  });

  it("gives an unchanged volume written for root to its owner once the owner is known, and mends a lost version", async () => {
    const vol = path.join(dir, "owned");
    const f = (p: string, c: string) => ({ path: p, content: Buffer.from(c), mode: 0o600 });
    const files = [f("token", "t"), f("sub/ca.crt", "c")];
    expect(await writeVolume(vol, files, 0o700)).toBe(true);
    expect(statSync(`${vol}/token`).uid).toBe(process.getuid!());
    const owner = { uid: 4321, gid: 4322 };
    expect(await writeVolume(vol, files, 0o700, owner)).toBe(false);
    const version = readlinkSync(`${vol}/..data`);
    for (const p of [vol, `${vol}/${version}`, `${vol}/${version}/token`, `${vol}/${version}/sub/ca.crt`]) {
      expect(statSync(p)).toMatchObject(owner);
    }
    for (const link of ["..data", "token", "sub"]) expect(lstatSync(`${vol}/${link}`)).toMatchObject(owner);
    // A version directory gone from under its ..data link is written again.
    rmSync(`${vol}/${version}`, { recursive: true });
    expect(await writeVolume(vol, files, 0o700, owner)).toBe(true);
    expect(readFileSync(`${vol}/sub/ca.crt`, "utf8")).toBe("c");
    expect(statSync(`${vol}/token`)).toMatchObject(owner);
    // The same user in another group: the group is put right too.
    const regrouped = { uid: 4321, gid: 4400 };
    expect(await writeVolume(vol, files, 0o700, regrouped)).toBe(false);
    for (const p of [vol, `${vol}/token`, `${vol}/sub/ca.crt`]) expect(statSync(p)).toMatchObject(regrouped);
  });

  it("writeIfChanged writes only differences", async () => {
    const file = path.join(dir, "env");
    expect(await writeIfChanged(file, 'A="1"\n', 0o600)).toBe(true);
    expect(await writeIfChanged(file, 'A="1"\n', 0o600)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
