#!/usr/bin/python3
""".github/workflows/release.yml cannot run here: check at least that it parses and
that its merge job takes every platform job's library through scripts/assemble-oxt."""
import sys
import yaml

workflow = yaml.safe_load(open(sys.argv[1]))
jobs = workflow["jobs"]
platform_jobs = {"windows": "Windows_X86_64", "macos": "MacOSX_AARCH64"}
problems = [f"job {job} missing" for job in [*platform_jobs, "oxt"] if job not in jobs]
if not problems:
    if sorted(jobs["oxt"]["needs"]) != sorted(platform_jobs):
        problems.append(f"job oxt needs {jobs['oxt']['needs']}, not {sorted(platform_jobs)}")
    merge = "\n".join(step.get("run", "") for step in jobs["oxt"]["steps"])
    for job, token in platform_jobs.items():
        uploads = [s["with"]["name"] for s in jobs[job]["steps"]
                   if s.get("uses", "").startswith("actions/upload-artifact")]
        if uploads != [token]:
            problems.append(f"job {job} uploads {uploads}, not [{token}]")
        if f"--library {token} " not in merge:
            problems.append(f"job oxt does not pass --library {token} to scripts/assemble-oxt")
for problem in problems:
    print("FAIL:", problem)
print("release_workflow_check:", "FAILED" if problems else "PASSED")
sys.exit(1 if problems else 0)
