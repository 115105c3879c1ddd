#!/usr/bin/env python3
"""Self check-ins of N participants, each with their own signed-in session, as bench/check-ins.sh runs them.

    python3 bench/training_checkins.py BASE PASSWORD --people 200 --spread 45

Seeds an event through the application (bench/training_seed.py, stage `running`: N accounts set up and
signed in, the N imported as one CSV, the event running with four sessions whose check-in windows are
open), then, for each of the four sessions, the trainer reads the session's code and the N people check
in as a phone does after scanning the QR code in the room: GET /training/check-in?code=… (the page with
its form), POST /training/check-in (code and CSRF token; a redirect back to the page is success), GET
the page again (its confirmation). Sessions 1 to 3: each person arrives at a random moment within SPREAD
seconds, one thread each (a room filling in); session 4: all N at once through CONCURRENCY threads (a
burst). An error is any answer that is not 2xx/3xx, a redirect anywhere but back to the check-in page,
or a failed connection. After each round the trainer's roster must show the N present by check-in.
"""
import argparse
import random
import statistics
import sys
import threading
import time
import concurrent.futures as cf

sys.dont_write_bytecode = True  # no __pycache__ in bench/
sys.path.insert(0, __import__("os").path.dirname(__file__))
from training_seed import log, seed  # noqa: E402


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def check_in(person, code):
    """One person's check-in; returns (ok, seconds of the POST, seconds of the whole flow, what went wrong)."""
    c = person["client"]
    t0 = time.monotonic()
    try:
        status, _ = c.page(f"/training/check-in?code={code}")
        if status != 200:
            return False, 0, time.monotonic() - t0, f"page {status}"
        t1 = time.monotonic()
        status, headers, _ = c.post_form("/training/check-in", {"code": code})
        t2 = time.monotonic()
        location = headers.get("Location", "")
        if not (200 <= status < 400) or (status >= 300 and not location.endswith("/training/check-in")):
            return False, t2 - t1, t2 - t0, f"post {status} {location}"
        status, _ = c.page("/training/check-in")
        if status != 200:
            return False, t2 - t1, time.monotonic() - t0, f"confirmation {status}"
        return True, t2 - t1, time.monotonic() - t0, ""
    except Exception as e:  # a refused or dropped connection counts as an error
        return False, 0, time.monotonic() - t0, repr(e)


def round_of(people, code, spread, concurrency):
    results = [None] * len(people)
    start = time.monotonic()
    if spread > 0:
        offsets = [random.uniform(0, spread) for _ in people]

        def arrive(i):
            time.sleep(max(0, start + offsets[i] - time.monotonic()))
            results[i] = check_in(people[i], code)
        threads = [threading.Thread(target=arrive, args=(i,)) for i in range(len(people))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    else:
        with cf.ThreadPoolExecutor(concurrency) as pool:
            results = list(pool.map(lambda p: check_in(p, code), people))
    return results, time.monotonic() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("password")
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--spread", type=float, default=45)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    t = time.monotonic()
    state, people, trainer = seed(args.base, args.password, args.people, "running")
    log(f"seeded in {time.monotonic() - t:.1f} s")
    event = state["event"]
    print(f"load average before the check-ins: {open('/proc/loadavg').read().split()[:3]}")
    summary = []
    for n, session in enumerate(state["sessions"], 1):
        code, _ = trainer.api("GET", f"/api/v1/training/events/{event}/sessions/{session}/check-in-code")
        spread = args.spread if n < len(state["sessions"]) else 0
        results, took = round_of(people, code["code"], spread, args.concurrency)
        errors = [r[3] for r in results if not r[0]]
        posts = [r[1] * 1000 for r in results if r[0]]
        flows = [r[2] * 1000 for r in results if r[0]]
        roster, _ = trainer.api("GET", f"/api/v1/training/events/{event}/sessions/{session}/attendance")
        by_check_in = sum(1 for p in roster["people"] if p["present"] and p["method"] == "CHECK_IN")
        how = f"arrivals spread over {spread:.0f} s" if spread else f"all at once, {args.concurrency} concurrent"
        print(f"session {n} ({how}): {len(results)} check-ins in {took:.1f} s, {len(errors)} errors; "
              f"POST p50 {statistics.median(posts):.0f} ms, p95 {percentile(posts, 95):.0f} ms, max {max(posts):.0f} ms; "
              f"whole flow (page, POST, confirmation) p50 {statistics.median(flows):.0f} ms, p95 {percentile(flows, 95):.0f} ms; "
              f"roster: {by_check_in} present by check-in of {roster['total']}")
        for e in sorted(set(errors))[:5]:
            print(f"  error: {e}")
        summary.append((took, len(errors), statistics.median(posts), percentile(posts, 95), by_check_in))
    spread_rounds = summary[:-1]
    print(f"spread rounds, medians: {statistics.median(s[0] for s in spread_rounds):.1f} s, "
          f"errors {sum(s[1] for s in spread_rounds)} in all, POST p50 {statistics.median(s[2] for s in spread_rounds):.0f} ms, "
          f"p95 {statistics.median(s[3] for s in spread_rounds):.0f} ms")
    print(f"load average after: {open('/proc/loadavg').read().split()[:3]}")


if __name__ == "__main__":
    main()
