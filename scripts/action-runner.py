#!/usr/bin/env python3
"""Runs a composite action's steps the way a GitHub runner does, for the action test.

usage: action-runner.py ACTION_DIR WORKSPACE REPORT.json [INPUT=VALUE ...]

Reads ACTION_DIR/action.yml, so the test never holds a copy of the steps. Each `run` step runs
in `bash --noprofile --norc -eo pipefail` with GITHUB_ACTION_PATH, GITHUB_WORKSPACE, RUNNER_TEMP,
GITHUB_OUTPUT (one file per step), GITHUB_STEP_SUMMARY and GITHUB_PATH set, in the step's
working-directory or the workspace, and with the folders earlier steps appended to GITHUB_PATH
in front of PATH. `uses` steps are not run: they are recorded with their evaluated `with:`
(the cache and the Swift set-up need GitHub's services). The first failing step ends the run.
Steps' output goes to this script's stdout, where the runner would read workflow commands.

Only the expressions the action needs are understood (inputs.*, github.action_path,
github.workspace, runner.temp, steps.ID.outputs.*, and `X == ''` / `X != ''` in `if:`);
anything else stops the run with exit 99, so the action cannot drift past the test unnoticed.
"""
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

import yaml

EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


class Unsupported(Exception):
    pass


def main():
    action_dir, workspace, report_path = (pathlib.Path(a).resolve() for a in sys.argv[1:4])
    action = yaml.safe_load((action_dir / "action.yml").read_text())
    if action["runs"]["using"] != "composite":
        raise Unsupported("not a composite action")
    given = dict(arg.split("=", 1) for arg in sys.argv[4:])
    inputs = {name: str(spec.get("default", "")) for name, spec in action.get("inputs", {}).items()}
    for name, value in given.items():
        if name not in inputs:
            raise Unsupported(f"the action has no input '{name}'")
        inputs[name] = value

    runner_temp = pathlib.Path(tempfile.mkdtemp(prefix="runner-temp-"))
    summary = runner_temp / "step_summary.md"
    github_path = runner_temp / "github_path"
    summary.touch()
    github_path.touch()
    context = {
        "github.action_path": str(action_dir),
        "github.workspace": str(workspace),
        "runner.temp": str(runner_temp),
    }
    step_outputs = {}

    def value(name):
        if name.startswith("inputs."):
            key = name[len("inputs."):]
            if key not in inputs:
                raise Unsupported(f"unknown input in '{name}'")
            return inputs[key]
        if name in context:
            return context[name]
        match = re.fullmatch(r"steps\.([\w-]+)\.outputs\.([\w-]+)", name)
        if match:
            return step_outputs.get(match.group(1), {}).get(match.group(2), "")
        raise Unsupported(f"expression '{name}'")

    def evaluate(text):
        return EXPRESSION.sub(lambda m: value(m.group(1)), str(text))

    def condition(text):
        text = EXPRESSION.sub(lambda m: m.group(1), str(text)).strip()
        match = re.fullmatch(r"([\w.-]+)\s*(==|!=)\s*'([^']*)'", text)
        if not match:
            raise Unsupported(f"condition '{text}'")
        equal = value(match.group(1)) == match.group(3)
        return equal if match.group(2) == "==" else not equal

    steps, exit_code = [], 0
    for index, step in enumerate(action["runs"]["steps"]):
        name = step.get("name", f"step {index + 1}")
        record = {"name": name, "id": step.get("id")}
        if "uses" in step:
            record["uses"] = step["uses"]
        steps.append(record)
        if "if" in step and not condition(step["if"]):
            record["status"] = "skipped: condition false"
            continue
        if "uses" in step:
            record.update(status="skipped: uses",
                          **{"with": {k: evaluate(v) for k, v in step.get("with", {}).items()}})
            continue
        if step.get("shell") != "bash":
            raise Unsupported(f"step '{name}' does not use shell: bash")
        output_file = runner_temp / f"output_{index}"
        output_file.touch()
        script = runner_temp / f"step_{index}.sh"
        script.write_text(evaluate(step["run"]))
        extra_path = [line for line in github_path.read_text().splitlines() if line]
        env = dict(os.environ)
        env.update({
            "GITHUB_ACTIONS": "true", "CI": "true", "RUNNER_OS": "Linux", "RUNNER_ARCH": "X64",
            "GITHUB_ACTION_PATH": str(action_dir), "GITHUB_WORKSPACE": str(workspace),
            "RUNNER_TEMP": str(runner_temp), "GITHUB_OUTPUT": str(output_file),
            "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_PATH": str(github_path),
            "PATH": os.pathsep.join(list(reversed(extra_path)) + [env.get("PATH", "")]),
        })
        env.update({k: evaluate(v) for k, v in step.get("env", {}).items()})
        cwd = evaluate(step.get("working-directory", str(workspace)))
        sys.stdout.flush()
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=cwd, env=env)
        outputs = dict(line.split("=", 1) for line in output_file.read_text().splitlines() if "=" in line)
        if step.get("id"):
            step_outputs[step["id"]] = outputs
        record.update(status=done.returncode, outputs=outputs)
        if done.returncode != 0:
            exit_code = done.returncode
            break

    action_outputs = {name: evaluate(spec["value"]) for name, spec in action.get("outputs", {}).items()}
    report = {"exit": exit_code, "steps": steps, "outputs": action_outputs,
              "summary": summary.read_text(), "runner_temp": str(runner_temp)}
    report_path.write_text(json.dumps(report, indent=2))
    return exit_code


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Unsupported as problem:
        print(f"action-runner: unsupported by the test runner: {problem}", file=sys.stderr)
        sys.exit(99)
