"""Writes a CSV review history (item_id,reviewed_at,rating) of N rows over the ids read from
`awsdrill cards list --json` on stdin, for bench/import.sh. Seeded, so runs compare."""
import datetime
import json
import random
import sys

rows = int(sys.argv[1])
ids = [item["id"] for item in json.load(sys.stdin)]
random.seed(7)
base = 1_700_000_000  # 2023-11-14
out = sys.stdout
out.write("item_id,reviewed_at,rating\n")
written = 0
while written < rows:
    for item_id in ids:
        at = datetime.datetime.fromtimestamp(base + random.randrange(0, 80_000_000), datetime.timezone.utc)
        out.write(f"{item_id},{at.strftime('%Y-%m-%dT%H:%M:%SZ')},{random.choice((1, 2, 3, 3, 3, 4))}\n")
        written += 1
        if written == rows:
            break
