#include "vm/global_scope.h"

namespace miniphp::vm {

void GlobalScope::bind(const Function& main, runtime::Value* slots)
{
    m_entries.clear();
    m_entries.reserve(main.num_cvs());
    for (uint32_t i = 0; i < main.num_cvs(); ++i)
        m_entries.push_back(Entry{main.cv_names[i], &slots[i]});
}

void GlobalScope::destroy()
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it)
        runtime::release_and_clear(*it->slot);
    m_entries.clear();
}

} // namespace miniphp::vm
