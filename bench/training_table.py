"""Prints the scikit-learn and workbench training results side by side as a Markdown table."""
import csv
import sys

REFERENCE = {"adult": ("roc_auc", 0.931), "bank": ("roc_auc", 0.934), "wine_good": ("roc_auc", 0.926),
             "iris": ("accuracy", 0.97), "wine_quality_reg": ("r2", 0.5346)}


def rows(path):
    with open(path) as f:
        return list(csv.DictReader(f))


def num(r, k):
    v = r.get(k) or ""
    return float(v) if v else None


def main(sk_path, java_path):
    sk, jv = rows(sk_path), rows(java_path)
    print("| dataset | tool | model | accuracy | ROC AUC | macro F1 | RMSE | R² | train s (median of 3) |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|")
    for r in sk + jv:
        note = next((v for v in (r.get("train_s_all", ""), r.get("threads", "")) if v.startswith("n/a")), "")
        tool = r["tool"] + (f" ({r['threads']} threads)" if r.get("threads") and not note else "")
        cells = [r["dataset"], tool, r["model"]]
        for k in ("accuracy", "roc_auc", "macro_f1", "rmse", "r2", "train_s_median"):
            v = num(r, k)
            cells.append("" if v is None else (f"{v:.3f}" if k == "train_s_median" else f"{v:.4f}"))
        if note:
            cells[-1] = note
        print("| " + " | ".join(cells) + " |")
    print()
    print("Quality bar (best default workbench model vs the best reference, within 0.01):")
    for ds, (metric, ref) in REFERENCE.items():
        mine = [(num(r, metric), r["model"]) for r in jv if r["dataset"] == ds and num(r, metric) is not None]
        if mine:
            best, model = max(mine)
            ok = best >= ref - 0.01
            print(f"- {ds}: {metric} {best:.4f} ({model}) vs reference {ref} -> {'PASS' if ok else 'FAIL'}")
    print()
    print("Speed bar on Adult (workbench time / scikit-learn time, at most 1.5):")
    pairs = {"random_forest": "RandomForest(100)", "gradient_boosting": "HistGradientBoosting"}
    for ours, theirs in pairs.items():
        a = [r for r in jv if r["dataset"] == "adult" and r["model"] == ours]
        b = [r for r in sk if r["dataset"] == "adult" and r["model"] == theirs]
        if a and b:
            ta, tb = num(a[0], "train_s_median"), num(b[0], "train_s_median")
            print(f"- {ours} {ta:.2f} s, AUC {num(a[0], 'roc_auc'):.4f} vs sklearn {theirs} {tb:.2f} s, AUC "
                  f"{num(b[0], 'roc_auc'):.4f}: ratio {ta / tb:.2f} -> {'PASS' if ta / tb <= 1.5 else 'FAIL'}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
