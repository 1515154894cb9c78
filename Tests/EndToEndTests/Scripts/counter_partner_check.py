#!/usr/bin/env python3
"""Independent partner client for the counter end-to-end test (issue 5).

Python standard library only (its own Hawk), so it shares no code with omega-tui.

Usage:
  counter_partner_check.py last-index BASE_URL PARTNER_ID PARTNER_KEY API_ID CONTRACT
      prints the point's last index (an integer) of the active contract CONTRACT
  counter_partner_check.py agent BASE_URL PARTNER_ID PARTNER_KEY API_ID CONTRACT
      prints "<req_id> <agent> <ni>" for the newest request filed by the partner for CONTRACT
BASE_URL is the server root (http://127.0.0.1:PORT). Exits non-zero with FAIL on errors.
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


def hawk_header(method, url, partner_id, key):
    parts = urllib.parse.urlsplit(url)
    resource = parts.path + (f"?{parts.query}" if parts.query else "")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    ts = str(int(time.time()))
    nonce = secrets.token_urlsafe(4)[:6]
    normalized = "\n".join(
        ["hawk.1.header", ts, nonce, method.upper(), resource, parts.hostname.lower(), str(port), "", ""]
    ) + "\n"
    mac = base64.b64encode(hmac.new(key.encode(), normalized.encode(), hashlib.sha256).digest()).decode()
    return f'Hawk id="{partner_id}", ts="{ts}", nonce="{nonce}", mac="{mac}"'


def get(api, path, query, partner_id, key, api_id):
    url = api + path + ("?" + urllib.parse.urlencode(query) if query else "")
    request = urllib.request.Request(url, method="GET")
    request.add_header("Accept", JSONAPI)
    request.add_header("Authorization", hawk_header("GET", url, partner_id, key))
    request.add_header("ApiId", api_id)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        fail(f"GET {path} answered {error.code}: {error.read()[:300]!r}")


def first_or_self(linkage):
    if isinstance(linkage, list):
        return linkage[0] if linkage else None
    return linkage


def point_of_contract(api, credentials, contract):
    document = get(
        api, "partner/pconso",
        {"filter[contratactif.numcontrat][eq]": contract, "include": "contratactif,dernierreleve"}, *credentials)
    points = document.get("data") or []
    if len(points) != 1:
        fail(f"contract {contract}: {len(points)} points found")
    return points[0], document.get("included") or []


def main():
    if len(sys.argv) != 7:
        fail(__doc__)
    command, base, partner_id, key, api_id, contract = sys.argv[1:7]
    api = base.rstrip("/") + "/api/v1/"
    credentials = (partner_id, key, api_id)
    point, included = point_of_contract(api, credentials, contract)
    if command == "last-index":
        reading = first_or_self((point.get("relationships", {}).get("dernierreleve") or {}).get("data"))
        if not reading:
            fail("the point has no reading")
        for resource in included:
            if resource.get("type") == "Partner_Releve" and resource.get("id") == reading.get("id"):
                print(int(str(resource["attributes"]["ni"])))
                return
        fail("the last reading is not included")
    elif command == "agent":
        document = get(api, "partner/request", {"sort": "-req_ts"}, *credentials)
        for request in document.get("data") or []:
            attributes = request.get("attributes", {})
            if str(attributes.get("pconso_id")) == str(point.get("id")):
                print(f'{request.get("id")} {attributes.get("agent")} {attributes.get("ni")}')
                return
        fail(f"no request for contract {contract}")
    else:
        fail(f"unknown command {command}")


if __name__ == "__main__":
    main()
