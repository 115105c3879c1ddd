#!/usr/bin/env python3
"""Seeds a training event of N participants through Faro's own pages and API, for the training benchmarks.

Everything goes through HTTP as the people concerned would do it; nothing is written to the database
directly. Used by bench/training-event.sh, bench/check-ins.sh and bench/verification.sh:

    python3 bench/training_seed.py BASE PASSWORD OUT.json --people 500 --stage certificates

First, always: the administrator invites N people (/admin/users/new); each redeems the set-up link
with a password of their own (/setup/{secret}) and signs in through the login form.

Stages (each includes the previous ones):
  registered    the programme coordinator creates a course with a question bank of 10 questions and an
                in-person event for N places with three sessions; the trainer opens registration and
                imports the N people as one CSV (POST /api/v1/training/events/{id}/registrations/import)
  tests         each person takes the pre-test (GET and POST /api/v1/training/events/{id}/tests/PRE) before
                the first session starts; the event runs; the trainer marks attendance at the three
                sessions (PUT .../sessions/{s}/attendance/{r}); after the last session has started, 95 % of
                them take the post-test
  certificates  the trainer completes the event, sets the completion rule (66 % attendance, 50 % on the
                post-test) and issues the certificates (POST /training/events/{id}/certificates)
  running       (instead of the above, for the check-in benchmark) like `registered`, but the event has four
                sessions whose check-in windows are open now (starting 10 and 5 minutes ago, in 5 and 10
                minutes; all end in two hours), and the event is running

The test windows depend on the real clock: the pre-test is open until the first session starts and the
post-test from the start of the last one. So for `tests` the sessions are placed just after the time the
pre-tests need (LEAD seconds after the event is created, by default 30 s + 0.05 s per person + 0.15
times the time the accounts took: the pre-tests took a fifteenth of it in the runs so far; 20 s apart) and the script waits for the last
one to start before the post-tests. Writes the ids, codes and timings to OUT.json; the people's sessions
are kept in memory only (see `seed()` for use from another script).
"""
import argparse
import concurrent.futures as cf
import csv
import datetime as dt
import http.cookiejar
import io
import json
import random
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zoneinfo

ZONE = zoneinfo.ZoneInfo("America/Bogota")
TRAINER = "formadora@demo.faro.lat"
COORDINATOR = "coordinacion@demo.faro.lat"
ADMIN = "admin@demo.faro.lat"
QUESTIONS = 10
WORKERS = 8


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    """One person's browser: a cookie jar, the CSRF token of the last page read, no automatic redirects."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)
        self.csrf = None
        self.csrf_header = "X-CSRF-TOKEN"

    def request(self, method, path, form=None, body=None, content_type=None, headers=None, timeout=120):
        data = None
        h = {"Accept-Language": "es"}
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            h["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            h["Content-Type"] = content_type or "application/json"
        if method != "GET" and self.csrf and form is None:
            h[self.csrf_header] = self.csrf
        h.update(headers or {})
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=h)
        try:
            with self.opener.open(req, timeout=timeout) as r:
                return r.status, dict(r.headers), r.read()
        except urllib.error.HTTPError as e:
            return e.code, dict(e.headers), e.read()

    def page(self, path):
        """GET a page and remember its CSRF token (from the hidden field or the layout's meta tags)."""
        status, headers, body = self.request("GET", path)
        text = body.decode("utf-8", "replace")
        m = re.search(r'name="_csrf" (?:value|content)="([^"]+)"', text)
        if m:
            self.csrf = m.group(1)
        m = re.search(r'name="_csrf_header" content="([^"]+)"', text)
        if m:
            self.csrf_header = m.group(1)
        return status, text

    def post_form(self, path, fields):
        return self.request("POST", path, form=dict(fields, _csrf=self.csrf))

    def api(self, method, path, body=None, headers=None, expect=(200, 201)):
        status, h, raw = self.request(method, path, body=body, headers=headers)
        if status not in expect:
            raise RuntimeError(f"{method} {path} answered {status}: {raw[:400]!r}")
        return json.loads(raw) if raw else None, h

    def sign_in(self, email, password):
        self.page("/login")
        status, headers, _ = self.post_form("/login", {"email": email, "password": password})
        location = headers.get("Location", "")
        if status != 302 or "error" in location or "mfa" in location:
            raise RuntimeError(f"sign-in of {email}: {status} {location}")
        self.page("/training")  # the session's CSRF token for the API
        return self


def parallel(fn, items, workers=WORKERS):
    with cf.ThreadPoolExecutor(workers) as pool:
        return list(pool.map(fn, items))


def log(message):
    print(message, file=sys.stderr, flush=True)


def accounts(base, password, n, run):
    """Invites n people as the administrator; each sets a password through the link and signs in."""
    admin = Client(base).sign_in(ADMIN, password)
    admin.page("/admin/users/new")

    def invite(i):
        email = f"p{i:04d}.{run}@bench.faro.lat"
        status, _, body = admin.post_form("/admin/users/new", {"email": email, "displayName": f"Participante {i:04d}",
                                                                "locale": "es"})
        m = re.search(r'id="invitation-link"[^>]*>([^<]+)<', body.decode())
        if status != 200 or not m:
            raise RuntimeError(f"invitation of {email}: {status}")
        return {"email": email, "name": f"Participante {i:04d}", "secret": m.group(1).rsplit("/setup/", 1)[1],
                "password": f"banco-{uuid.uuid4().hex[:16]}"}

    people = parallel(invite, range(n), workers=4)

    def set_up(p):
        c = Client(base)
        c.page(f"/setup/{p['secret']}")
        status, headers, _ = c.post_form(f"/setup/{p['secret']}", {"password": p["password"], "confirm": p["password"]})
        if status != 302:
            raise RuntimeError(f"set-up of {p['email']}: {status}")
        p["client"] = c.sign_in(p["email"], p["password"])
        return p

    return parallel(set_up, people)


def course_and_event(base, password, n, sessions, run):
    """The coordinator's course, question bank and event; returns the coordinator's client and the event."""
    coord = Client(base).sign_in(COORDINATOR, password)
    course, _ = coord.api("POST", "/api/v1/training/courses", {
        "code": f"BENCH-{run}",
        "texts": {"es": {"title": "Respuesta a incidentes (banco de pruebas)", "description": "Curso para medir.",
                         "objectives": "Medir\nComparar"}},
        "modules": [{"es": "Módulo 1"}, {"es": "Módulo 2"}], "elements": []})
    questions = [{"kind": "SINGLE", "text": {"es": f"Pregunta {q + 1}"}, "explanation": {"es": f"Porque {q + 1}."},
                  "options": [{"text": {"es": f"Opción {o + 1}"}, "correct": o == q % 4} for o in range(4)]}
                 for q in range(QUESTIONS)]
    bank, _ = coord.api("PUT", f"/api/v1/training/courses/{course['id']}/questions", {"questions": questions},
                        headers={"If-Match": "0"})
    key = {q["id"]: next(o["id"] for o in q["options"] if o["correct"]) for q in bank["questions"]}
    event, _ = coord.api("POST", "/api/v1/training/events", {
        "course": course["id"], "country": "CO", "city": "Bogotá", "venue": "Sala de formación", "modality": "IN_PERSON",
        "language": "es", "timeZone": "America/Bogota", "capacity": n, "registrationMode": "OPEN",
        "sessions": [{"title": f"Sesión {i + 1}", "startsAt": s.isoformat(timespec="seconds"),
                      "endsAt": e.isoformat(timespec="seconds")} for i, (s, e) in enumerate(sessions)],
        "trainers": [TRAINER], "partners": []})
    return coord, event, key


def advance(client, event_id, status):
    event, _ = client.api("GET", f"/api/v1/training/events/{event_id}")
    event, _ = client.api("POST", f"/api/v1/training/events/{event_id}/status", {"status": status},
                          headers={"If-Match": str(event["version"])})
    return event


def import_people(trainer, event_id, people):
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["email", "fullName", "organisation", "sector", "consentVersion", "gender"])
    consent, _ = trainer.api("GET", "/api/v1/training/privacy-notice")
    sectors = ["GOVERNMENT", "CRITICAL_INFRASTRUCTURE", "PRIVATE", "ACADEMIA", "CIVIL_SOCIETY"]
    genders = ["FEMALE", "MALE", "OTHER", "PREFER_NOT_TO_SAY"]
    for i, p in enumerate(people):
        w.writerow([p["email"], p["name"], f"Organismo {i % 40}", sectors[i % 5], consent["version"], genders[i % 4]])
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
            f"Content-Type: text/csv\r\n\r\n{out.getvalue()}\r\n--{boundary}--\r\n").encode()
    status, _, raw = trainer.request("POST", f"/api/v1/training/events/{event_id}/registrations/import", body=body,
                                     content_type=f"multipart/form-data; boundary={boundary}")
    if status != 200:
        raise RuntimeError(f"import answered {status}: {raw[:400]!r}")
    registrations, _ = trainer.api("GET", f"/api/v1/training/events/{event_id}/registrations")
    by_email = {r["email"]: r["id"] for r in registrations if r["status"] == "CONFIRMED"}
    for p in people:
        p["registration"] = by_email[p["email"]]


def take(p, event_id, kind, skill, key):
    """One person's test: reads the paper, answers each question right with probability `skill`."""
    c = p["client"]
    paper, _ = c.api("GET", f"/api/v1/training/events/{event_id}/tests/{kind}")
    if paper["availability"] != "OPEN":
        raise RuntimeError(f"{kind} test for {p['email']}: {paper['availability']}")
    rnd = random.Random(p["email"] + kind)
    answers = {}
    for q in paper["questions"]:
        right = key[q["id"]]
        wrong = [o["id"] for o in q["options"] if o["id"] != right]
        answers[str(q["id"])] = [right if rnd.random() < skill else rnd.choice(wrong)]
    c.api("POST", f"/api/v1/training/events/{event_id}/tests/{kind}", {"answers": answers}, expect=(201,))


def seed(base, password, n, stage, lead=None):
    """Seeds and returns (state, people, trainer): people carry their signed-in clients."""
    run = uuid.uuid4().hex[:6]
    timings = {}
    t = time.monotonic()
    people = accounts(base, password, n, run)
    timings["accounts"] = round(time.monotonic() - t, 1)
    log(f"{n} accounts invited, set up and signed in: {timings['accounts']} s")

    t = time.monotonic()
    now = dt.datetime.now(ZONE).replace(microsecond=0, tzinfo=None)
    if stage == "running":
        # Four sessions whose check-in windows are all open now (from 30 minutes before the start until the end),
        # so that one start gives four rounds of check-ins by the same people.
        sessions = [(now + dt.timedelta(minutes=m), now + dt.timedelta(hours=2)) for m in (-10, -5, 5, 10)]
    else:
        # The pre-tests must all be in before the first session starts: the lead scales with how fast this machine
        # set up the accounts (Argon2 hashing, so a fair measure of its load), with a floor.
        lead = lead or int(30 + 0.05 * n + 0.15 * timings["accounts"])
        timings["lead"] = lead
        first = now + dt.timedelta(seconds=lead)
        sessions = [(first, first + dt.timedelta(seconds=20)), (first + dt.timedelta(seconds=20), first + dt.timedelta(seconds=40)),
                    (first + dt.timedelta(seconds=40), first + dt.timedelta(hours=3))]
    coord, event, key = course_and_event(base, password, n, sessions, run)
    event_id = event["id"]
    trainer = Client(base).sign_in(TRAINER, password)
    advance(trainer, event_id, "REGISTRATION_OPEN")
    import_people(trainer, event_id, people)
    timings["event_and_import"] = round(time.monotonic() - t, 1)
    log(f"event {event_id} created, {n} people imported: {timings['event_and_import']} s")
    event, _ = trainer.api("GET", f"/api/v1/training/events/{event_id}")
    session_ids = [s["id"] for s in event["sessions"]]
    state = {"event": event_id, "course": event["course"], "sessions": session_ids, "people": n, "timings": timings,
             "registrations": [p["registration"] for p in people]}
    if stage == "running":
        advance(trainer, event_id, "RUNNING")
        return state, people, trainer
    if stage == "registered":
        return state, people, trainer

    t = time.monotonic()
    for p in people:
        r = random.Random(p["email"])
        p["skill"] = r.uniform(0.2, 0.75)
    parallel(lambda p: take(p, event_id, "PRE", p["skill"], key), people)
    timings["pre_tests"] = round(time.monotonic() - t, 1)
    log(f"{n} pre-tests: {timings['pre_tests']} s")
    starts = dt.datetime.fromisoformat(event["sessions"][0]["startsAt"])
    if dt.datetime.now(dt.timezone.utc) >= starts:
        raise RuntimeError("the pre-tests took longer than LEAD: the first session had started; raise LEAD")

    advance(trainer, event_id, "RUNNING")
    t = time.monotonic()

    def mark(pair):
        p, s = pair
        present = random.Random(f"{p['email']}{s}").random() < 0.9
        trainer.api("PUT", f"/api/v1/training/events/{event_id}/sessions/{s}/attendance/{p['registration']}", {"present": present})
    parallel(mark, [(p, s) for s in session_ids for p in people], workers=4)
    timings["attendance_marks"] = round(time.monotonic() - t, 1)
    log(f"{n * len(session_ids)} attendance marks: {timings['attendance_marks']} s")

    last = dt.datetime.fromisoformat(event["sessions"][-1]["startsAt"])
    wait = (last - dt.datetime.now(dt.timezone.utc)).total_seconds() + 1
    if wait > 0:
        log(f"waiting {wait:.0f} s for the last session to start (the post-test opens then)")
        time.sleep(wait)
        timings["waited_for_sessions"] = round(wait, 1)
    t = time.monotonic()
    takers = [p for p in people if random.Random(p["email"] + "post").random() < 0.95]
    parallel(lambda p: take(p, event_id, "POST", min(1.0, p["skill"] + 0.25), key), takers)
    timings["post_tests"] = round(time.monotonic() - t, 1)
    log(f"{len(takers)} post-tests: {timings['post_tests']} s")
    state["post_tests"] = len(takers)
    if stage == "tests":
        return state, people, trainer

    t = time.monotonic()
    advance(trainer, event_id, "COMPLETED")
    trainer.page(f"/training/events/{event_id}/certificates")
    status, _, _ = trainer.post_form(f"/training/events/{event_id}/completion-rule", {"attendance": "66", "postTest": "50"})
    if status != 302:
        raise RuntimeError(f"completion rule answered {status}")
    status, _, _ = trainer.post_form(f"/training/events/{event_id}/certificates", {})
    if status != 302:
        raise RuntimeError(f"issuing answered {status}")
    _, text = trainer.page(f"/training/events/{event_id}/certificates")
    codes = sorted(set(re.findall(r'href="/verify/([^"]+)"', text)))
    ids = sorted(set(int(i) for i in re.findall(r'/training/certificates/(\d+)\.', text)))
    timings["certificates"] = round(time.monotonic() - t, 1)
    log(f"{len(codes)} certificates issued: {timings['certificates']} s")
    state["codes"] = codes
    state["certificate_ids"] = ids
    return state, people, trainer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("password")
    parser.add_argument("out")
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--stage", default="certificates", choices=["registered", "running", "tests", "certificates"])
    parser.add_argument("--lead", type=int, default=None, help="seconds from creating the event to its first session")
    args = parser.parse_args()
    t = time.monotonic()
    state, _, _ = seed(args.base, args.password, args.people, args.stage, args.lead)
    state["timings"]["total"] = round(time.monotonic() - t, 1)
    log(f"seeded in {state['timings']['total']} s")
    with open(args.out, "w") as f:
        json.dump(state, f)


if __name__ == "__main__":
    main()
