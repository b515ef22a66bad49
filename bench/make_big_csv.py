# The import benchmark file: 1,000,000 rows x 20 mixed columns (12 decimal, 4 integer, 4 categorical), seeded.
# Same generator as the import baseline in the shared bench folder, so the figures compare.
import numpy as np, pandas as pd
rng=np.random.default_rng(0); n=1_000_000
d={}
for i in range(12): d[f"num{i}"]=np.round(rng.normal(100,30,n),3)
for i in range(4): d[f"int{i}"]=rng.integers(0,1000,n)
for i in range(4): d[f"cat{i}"]=rng.choice(["alpha","beta","gamma","delta","epsilon"],n)
pd.DataFrame(d).to_csv("big.csv",index=False)
