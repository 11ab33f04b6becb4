// Connects the cycle collector (gc/) to runtime values: registers how arrays,
// objects and references are walked and how garbage objects are destroyed.
#pragma once

#include "gc/refcounted.h"

namespace miniphp::runtime {

class Array;

// The elements of `array` as the collector reads them.
gc::SlotRun slot_run(const Array* array);

// Called once at startup, before any script runs.
void install_collector_hooks();

} // namespace miniphp::runtime
