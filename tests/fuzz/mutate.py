#!/usr/bin/env python3
"""Mutation fuzzer for the newsutils programs (see run.sh).

usage: mutate.py BINDIR N SEED
"""
import glob
import os
import random
import subprocess
import sys
import tempfile

ARGS = {   # each program, with the option sets to fuzz
    "docsplit": [[], ["-u", "sentence"], ["-u", "paragraph"], ["--strip"],
                 ["-f", "csv"], ["-f", "tsv"]],
    "tocsv": [[]],
    "dateof": [[], ["-a"]],
    "quotes": [[], ["-a"]],
    "entities": [[], ["-m"]],
}
TOKENS = [b"\t", b"\n", b"\\", b"\\n", b"\\t", b"\r\n", b"\x00", b"\xff", b"\xc3",
          b"\xe2\x80\x9c", b"\xe2\x80\x9d", b'"', b"'", b"\xc2\xab", b"\xc2\xbb",
          b"\x0c", b" date 2025-02-30 ", b"Mr. ", b"said", b"(", b")", b",",
          b"doc\ttext\n", b"\xef\xbb\xbf", b"February 29, 2023", b"Kim Jong-un",
          b"\xe2\x80\x99", b"...", b"U.S.", b"\xf0\x9f\x98\x80", b" " * 300]


def seeds():
    out = []
    for path in sorted(glob.glob("examples/*.txt") + glob.glob("tests/fixtures/*")):
        if os.path.isfile(path) and os.path.getsize(path) < 200000:
            with open(path, "rb") as f:
                out.append(f.read())
    out.append(b"doc\ttext\ta\n1\tHe said \"yes.\"\tx\n2\t\t\n")
    return out


def mutate(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        op = rng.random()
        pos = rng.randint(0, len(data))
        if op < 0.3 and data:
            i = rng.randrange(len(data))
            data[i] ^= 1 << rng.randrange(8)
        elif op < 0.7:
            data[pos:pos] = rng.choice(TOKENS)
        elif op < 0.85 and data:
            end = min(len(data), pos + rng.randint(1, 200))
            del data[pos:end]
        else:
            start = rng.randint(0, len(data))
            data[pos:pos] = data[start:start + rng.randint(1, 500)]
    return bytes(data)


def wellformed(out):
    lines = out.split(b"\n")
    if not lines or lines[-1] != b"":
        return bool(out == b"")
    width = lines[0].count(b"\t")
    return all(l.count(b"\t") == width for l in lines[:-1])


def main():
    bindir, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    pool = seeds()
    progs = [p for p in ARGS if os.access(os.path.join(bindir, p), os.X_OK)]
    failures = runs = 0
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0",
               UBSAN_OPTIONS="print_stacktrace=1")
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            data = mutate(rng, rng.choice(pool))
            path = os.path.join(tmp, "in%d.txt" % i)
            with open(path, "wb") as f:
                f.write(data)
            for prog in progs:
                for args in ARGS[prog]:
                    runs += 1
                    r = subprocess.run([os.path.join(bindir, prog)] + args + [path],
                                       capture_output=True, env=env, timeout=60)
                    bad = (r.returncode not in (0, 1, 2)
                           or b"Sanitizer" in r.stderr or b"runtime error" in r.stderr
                           or (prog != "tocsv" and r.returncode == 0 and not wellformed(r.stdout)))
                    if bad:
                        failures += 1
                        keep = "fuzz-crash-%s-%d" % (prog, i)
                        with open(keep, "wb") as f:
                            f.write(data)
                        print("FAIL %s %s %s (status %d), input kept in %s\n%s" % (
                            prog, " ".join(args), path, r.returncode, keep,
                            r.stderr.decode("utf-8", "replace")[-2000:]))
    print("fuzz: %d runs of %s, %d failures" % (runs, " ".join(progs), failures))
    sys.exit(1 if failures else 0)


main()
