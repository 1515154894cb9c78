#!/usr/bin/env python3
"""Independent client for the sandbox acceptance check (issue 3).

Written with the Python standard library only, so that it shares no code with the Swift
client: a Hawk signature computed here and accepted by the server proves the server follows
the Hawk specification, not merely our own implementation of it.

Usage: sandbox_acceptance.py BASE_URL PARTNER_ID PARTNER_KEY API_ID
Prints one line per step and exits non-zero on the first failure.
"""
import base64
import hashlib
import hmac
import json
import secrets
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

JSONAPI = "application/vnd.api+json"


def fail(message):
    print(f"FAIL {message}")
    sys.exit(1)


def hawk_header(method, url, partner_id, key, ext=None):
    parts = urllib.parse.urlsplit(url)
    resource = parts.path + (f"?{parts.query}" if parts.query else "")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    ts = str(int(time.time()))
    nonce = secrets.token_urlsafe(4)[:6]
    normalized = "\n".join(
        ["hawk.1.header", ts, nonce, method.upper(), resource, parts.hostname.lower(), str(port), "", ext or ""]
    ) + "\n"
    mac = base64.b64encode(hmac.new(key.encode(), normalized.encode(), hashlib.sha256).digest()).decode()
    header = f'Hawk id="{partner_id}", ts="{ts}", nonce="{nonce}"'
    if ext:
        header += f', ext="{ext}"'
    return header + f', mac="{mac}"'


def call(method, url, headers=None, body=None, content_type=JSONAPI):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Accept", JSONAPI)
    if data is not None:
        request.add_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        raw = error.read()
        try:
            return error.code, json.loads(raw) if raw else None
        except ValueError:
            return error.code, raw


def main():
    base, partner_id, key, api_id = sys.argv[1:5]
    api = base.rstrip("/") + "/api/v1/"

    url = api + "partner/test"
    status, _ = call("GET", url, {"Authorization": hawk_header("GET", url, partner_id, key), "ApiId": api_id})
    if status != 204:
        fail(f"partner/test signed by an independent Hawk client answered {status}, expected 204")
    print("ok hawk partner/test 204")

    # partner/test only needs the ApiId; partner/test-secured checks the signature itself.
    secured = api + "partner/test-secured"
    header = hawk_header("GET", secured, partner_id, key, ext="agent=e2e")
    status, _ = call("GET", secured, {"Authorization": header, "ApiId": api_id})
    if status != 204:
        fail(f"partner/test-secured signed by an independent Hawk client answered {status}, expected 204")
    print("ok hawk partner/test-secured 204")

    status, _ = call("GET", secured, {"Authorization": header, "ApiId": api_id})
    if status != 401:
        fail(f"a replayed Hawk header answered {status}, expected 401")
    print("ok hawk replay 401")

    bad = hawk_header("GET", secured, partner_id, key + "x")
    status, _ = call("GET", secured, {"Authorization": bad, "ApiId": api_id})
    if status != 401:
        fail(f"partner/test-secured with a wrong key answered {status}, expected 401")
    print("ok hawk wrong key 401")

    status, tokens = call(
        "POST", api + "subscriber/token",
        body={"email": "demo@omega.test", "password": "Eau-Claire-2026"},
        content_type="application/json",
    )
    if status != 200 or "access_token" not in (tokens or {}):
        fail(f"demo login answered {status}: {tokens}")
    bearer = {"Authorization": "Bearer " + tokens["access_token"]}
    print("ok demo login")

    status, contracts = call("GET", api + "subscriber/contrat", bearer)
    if status != 200 or len(contracts.get("data", [])) < 2:
        fail(f"demo contracts answered {status}: {contracts}")
    contract = contracts["data"][0]
    contrat_id = contract["id"]
    pconso_id = contract["attributes"].get("pconso_id")
    print(f"ok {len(contracts['data'])} contracts")

    query = urllib.parse.urlencode({"filter[contrat_id][eq]": contrat_id, "sort": "-dateni"})
    status, readings = call("GET", api + "subscriber/releve?" + query, bearer)
    if status != 200 or not readings.get("data"):
        fail(f"readings answered {status}: {readings}")
    last = readings["data"][0]["attributes"]
    print(f"ok {len(readings['data'])} readings, last index {last.get('ni')}")

    query = urllib.parse.urlencode({"filter[contrat_id][eq]": contrat_id, "sort": "-datefact"})
    status, invoices = call("GET", api + "subscriber/facture?" + query, bearer)
    if status != 200 or not invoices.get("data"):
        fail(f"invoices answered {status}: {invoices}")
    print(f"ok {len(invoices['data'])} invoices")

    new_index = int(float(last.get("ni"))) + 3
    today = time.strftime("%Y-%m-%d %H:%M:%S")
    body = {"data": {"type": "Partner_Releve", "attributes": {"pconso_id": pconso_id, "ni": str(new_index), "dateni": today}}}
    status, filed = call("POST", api + "subscriber/request/reading", bearer, body)
    if status != 202:
        fail(f"filing a reading answered {status}: {filed}")
    request_id = filed["data"]["id"]
    print(f"ok reading filed as request {request_id} ({filed['data']['attributes'].get('req_status')})")

    deadline = time.time() + 10
    status_seen = None
    while time.time() < deadline:
        status, current = call("GET", api + f"subscriber/request/{request_id}", bearer)
        if status != 200:
            fail(f"request {request_id} answered {status}: {current}")
        status_seen = current["data"]["attributes"].get("req_status")
        if status_seen == "CLOSED":
            print("ok request CLOSED by auto review")
            return
        time.sleep(0.5)
    fail(f"request {request_id} still {status_seen} after 10 s")


if __name__ == "__main__":
    main()
