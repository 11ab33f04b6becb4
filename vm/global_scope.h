// GlobalScope: the global symbol table, an ordered hash from names to values as
// php's EG(symbol_table). It starts with the superglobals php's CLI puts there
// ($_GET, $_POST, $_COOKIE, $_FILES, $argv, $argc, $_SERVER, then $_REQUEST and $_ENV
// if the script names them), then the main script's compiled
// variables are attached in slot order as indirect entries pointing at their slots
// (zend_attach_symbol_table); `global $x` in a function may add more. At the end of
// the request the entries are released last first (zend_hash_graceful_reverse_destroy).
#pragma once

#include <string_view>
#include <vector>

#include "runtime/array.h"
#include "runtime/value.h"
#include "vm/bytecode.h"

namespace miniphp::vm {

class GlobalScope {
public:
    // Builds the table and attaches the main script's CV slots (`slots` has
    // num_cvs() entries): a CV named like an entry already there takes its value
    // ($argv, $argc, $_SERVER).
    void bind(const Script& script, runtime::Value* slots);

    // The value of global `name` (an entry, or the main CV it points at); nullptr if
    // it is not defined.
    const runtime::Value* find(runtime::String* name) const;

    // The slot of global `name` for `global $name`: a main CV's slot, or a table entry,
    // created as null when missing.
    runtime::Value& slot_for(runtime::String* name);

    // unset($GLOBALS['name']): a main CV becomes undefined, another entry leaves the
    // table. The old value is released after.
    void unset(runtime::String* name);

    // A copy of the table as $GLOBALS reads it: the values of the defined globals.
    runtime::Array* snapshot() const;

    // The table itself (null before bind), for the heap verifier.
    const runtime::Array* table() const { return m_table; }

    // How many entries the table has.
    uint32_t size() const { return m_table == nullptr ? 0 : m_table->size(); }
    // One pass of php's shutdown_destructors: last entry first, removes every global
    // holding an object whose count is 1 (a reference does not count) and releases it.
    void release_lone_objects();

    // php keeps its own reference to $_GET, $_POST, $_COOKIE, $_FILES, $_SERVER and
    // $_ENV (PG(http_globals)), dropped at the end of the request after the
    // destructors and before the table goes (php_request_shutdown's step 8).
    void release_request_arrays();
    // Those references, for the heap verifier.
    const std::vector<runtime::Value>& request_arrays() const { return m_request_arrays; }

    // Releases every global, last entry first.
    void destroy();

    // The scope of the script running (there is one per process).
    static GlobalScope* current() { return s_current; }

private:
    runtime::Array* m_table = nullptr;
    std::vector<runtime::Value> m_request_arrays;
    static inline GlobalScope* s_current = nullptr;
};

} // namespace miniphp::vm
