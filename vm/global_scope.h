// GlobalScope: the global symbol table. The main script's compiled variables are
// bound into it in slot order (php's zend_attach_symbol_table), so the table lists
// the globals in order of first appearance in the source; php destroys them in the
// reverse of that order at the end of the request.
#pragma once

#include <string_view>
#include <vector>

#include "runtime/value.h"
#include "vm/bytecode.h"

namespace miniphp::vm {

class GlobalScope {
public:
    struct Entry {
        std::string_view name;
        runtime::Value* slot; // the main frame's CV slot
    };

    // Binds the main script's CV slots (`slots` has function.num_cvs() entries).
    void bind(const Function& main, runtime::Value* slots);

    const std::vector<Entry>& entries() const { return m_entries; }

    // Releases every global, last entry first (zend_hash_graceful_reverse_destroy).
    void destroy();

private:
    std::vector<Entry> m_entries;
};

} // namespace miniphp::vm
