"""Ways into a newsroom: baselines, git diffs, fixes and archive audits."""
