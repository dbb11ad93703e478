#!/usr/bin/env bats
# entities(1): exact outputs on examples and hard inputs.
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

setup() {
	command -v entities >/dev/null || skip "entities not built yet (needs stream.c)"
}

@test "entities: --version" {
	run entities --version
	assert_success
	assert_output "entities newsutils 0.1.0"
}
