// Connects the cycle collector (gc/) to runtime values: registers how arrays,
// objects and references are walked and how garbage objects are destroyed.
#pragma once

namespace miniphp::runtime {

// Called once at startup, before any script runs.
void install_collector_hooks();

} // namespace miniphp::runtime
