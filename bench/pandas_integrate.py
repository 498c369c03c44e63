"""pandas.read_csv plus numpy's trapezoid on the same trace (the usual notebook approach)."""
import json
import resource
import sys

import numpy as np
import pandas as pd

df = pd.read_csv(sys.argv[1], skipinitialspace=True)
t = pd.to_datetime(df["timestamp"], format="%Y/%m/%d %H:%M:%S.%f").astype("int64") / 1e9
w = df["power.draw [W]"].str.rstrip(" W").astype(float)
trapezoid = getattr(np, "trapezoid", None) or np.trapz
joules = 0.0
for _, idx in df.groupby("index").groups.items():
    joules += float(trapezoid(w[idx].to_numpy(), t[idx].to_numpy()))
print(json.dumps({"energyKwh": joules / 3.6e6}))
print("BENCH " + json.dumps({"maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), file=sys.stderr)
