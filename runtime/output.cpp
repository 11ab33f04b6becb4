#include "runtime/output.h"

#include <cerrno>
#include <cstdlib>
#include <unistd.h>

#include "gc/heap.h"

namespace miniphp::runtime {

Output& Output::instance()
{
    static Output* output = new Output();
    return *output;
}

void Output::begin()
{
    m_began = true;
    m_heap_block = gc::heap().allocate_bookkeeping(32);
}

void Output::release_heap_block()
{
    if (m_heap_block != nullptr)
        gc::heap().deallocate_bookkeeping(m_heap_block, 32);
    m_heap_block = nullptr;
}

void Output::flush()
{
    if (m_buffer.empty())
        return;
    m_written_anything = true;
    if (m_capturing) {
        m_captured.append(m_buffer);
        m_buffer.clear();
        return;
    }
    const char* p = m_buffer.data();
    size_t left = m_buffer.size();
    while (left > 0) {
        ssize_t n = ::write(1, p, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            // Standard output is gone (closed, full, or a pipe whose reader left).
            // php's CLI stops the script there and exits with status 255
            // (sapi_cli_ub_write -> php_handle_aborted_connection); nothing more
            // can be shown, so end the process now. A script that kept running
            // would never stop if it printed in an endless loop (`| head`).
            std::_Exit(255);
        }
        p += n;
        left -= static_cast<size_t>(n);
    }
    m_buffer.clear();
}

void Output::capture(bool on)
{
    flush();
    m_capturing = on;
}

std::string Output::take_captured()
{
    flush();
    std::string out;
    out.swap(m_captured);
    return out;
}

} // namespace miniphp::runtime
