"""Helpers of tests/mutation.sh --again.

spans REPORT ROOT   prints Stryker --mutate arguments that cover exactly the mutants that survived or met no test
                    in REPORT, as text spans of their files, after checking each file is still the one REPORT measured.
merge OLD NEW       prints OLD with the status of each mutant NEW ran again taken from NEW.
"""
import json
import sys

LIVING = ("Survived", "NoCoverage")


def relative(path):
    return path.replace("\\", "/").split("src/Spotlight.Core/", 1)[-1]


def key(path, mutant):
    start = mutant["location"]["start"]
    return (relative(path), start["line"], start["column"], mutant["mutatorName"], mutant.get("replacement"))


def offset(line_starts, position):
    return line_starts[position["line"] - 1] + position["column"] - 1


def spans(report_path, root):
    report = json.load(open(report_path, encoding="utf-8"))
    for path, file in sorted(report["files"].items()):
        living = [m for m in file["mutants"] if m["status"] in LIVING]
        if not living:
            continue
        name = relative(path)
        current = open(f"{root}/src/Spotlight.Core/{name}", encoding="utf-8-sig").read()
        if current != file["source"]:
            sys.exit(f"mutation.sh: src/Spotlight.Core/{name} changed since the last run; run the whole folder again")
        line_starts, at = [], 0
        for line in current.split("\n"):
            line_starts.append(at)
            at += len(line) + 1
        parts = sorted({(offset(line_starts, m["location"]["start"]), offset(line_starts, m["location"]["end"]) + 1) for m in living})
        print("--mutate")
        print(f"**/Spotlight.Core/{name}" + "".join(f"{{{a}..{b}}}" for a, b in parts))


def merge(old_path, new_path):
    old = json.load(open(old_path, encoding="utf-8"))
    new = json.load(open(new_path, encoding="utf-8"))
    again = {key(path, m): m for path, file in new["files"].items() for m in file["mutants"] if m["status"] != "Ignored"}
    for path, file in old["files"].items():
        for mutant in file["mutants"]:
            if (found := again.get(key(path, mutant))) is not None:
                mutant["status"] = found["status"]
                mutant["statusReason"] = found.get("statusReason", "")
    json.dump(old, sys.stdout)


if __name__ == "__main__":
    {"spans": spans, "merge": merge}[sys.argv[1]](*sys.argv[2:])
