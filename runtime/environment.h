// The process environment as php imports it into arrays: $_SERVER, $_ENV and
// getenv() without a name (php_import_environment_variables).
#pragma once

namespace miniphp::runtime {

class Array;

// Adds every variable of the environment to `array`, in the environment's order.
void import_environment(Array* array);

} // namespace miniphp::runtime
