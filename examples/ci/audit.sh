#!/bin/sh
# carebar-audit as the CI templates beside this file run it, writing every report a pipeline uses
# (report.json, report.sarif, report.xml for JUnit, report.html) into one folder.
#
#   sh audit.sh [carebar-audit arguments]   audit the pages; in a Kubernetes Indexed Job (JOB_COMPLETION_INDEX
#                                           is set), only this pod's shard of CAREBAR_SHARDS, into shard-<n>/
#   sh audit.sh merge [arguments]           merge the shards' results into the folder's own reports
#
# CAREBAR_OUTPUT names the folder (default: carebar-report); CAREBAR_AUDIT the command (default: the
# project's own carebar-audit, through npx). The exit code is carebar-audit's: 0 passed the gate, 1 did
# not, 2 could not run.
set -eu

output="${CAREBAR_OUTPUT:-carebar-report}"
audit="${CAREBAR_AUDIT:-npx --no-install carebar-audit}"
formats=json,sarif,junit,html

if [ "${1:-}" = merge ]; then
  shift
  # $audit is a command line: split into words on purpose.
  # shellcheck disable=SC2086
  exec $audit merge "$output"/shard-*/report.json --format "$formats" --output "$output" "$@"
fi

if [ -n "${JOB_COMPLETION_INDEX:-}" ]; then
  : "${CAREBAR_SHARDS:?set CAREBAR_SHARDS to the number of the Job's completions}"
  shard=$((JOB_COMPLETION_INDEX + 1))
  # shellcheck disable=SC2086
  exec $audit "$@" --shard "$shard/$CAREBAR_SHARDS" --format "$formats" --output "$output/shard-$shard"
fi

# shellcheck disable=SC2086
exec $audit "$@" --format "$formats" --output "$output"
