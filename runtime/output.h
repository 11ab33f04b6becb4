// Buffered standard output. Everything a script prints goes through here: echo,
// print, var_dump, and the warnings and fatal errors that php -n prints on stdout.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace miniphp::runtime {

class Output {
public:
    static Output& instance();

    void write(std::string_view text)
    {
        if (!m_began && !text.empty()) [[unlikely]]
            begin();
        m_buffer.append(text);
        if (m_buffer.size() >= kFlushThreshold)
            flush();
    }
    void write(char c)
    {
        if (!m_began) [[unlikely]]
            begin();
        m_buffer.push_back(c);
        if (m_buffer.size() >= kFlushThreshold)
            flush();
    }
    // Writes the buffer to file descriptor 1.
    void flush();
    // Collect output in memory instead of writing it (unit tests).
    void capture(bool on);
    std::string take_captured();
    bool has_written_anything() const { return m_written_anything || !m_buffer.empty(); }
    // Frees the block begin() took (at the very end, before the leak check).
    void release_heap_block();

private:
    // php's output layer allocates 32 bytes on the request's first non-empty output
    // and keeps them: memory figures taken around it show them.
    void begin();
    bool m_began = false;
    void* m_heap_block = nullptr;
    static constexpr size_t kFlushThreshold = 64 * 1024;
    std::string m_buffer;
    std::string m_captured;
    bool m_capturing = false;
    bool m_written_anything = false;
};

inline void echo(std::string_view text) { Output::instance().write(text); }

} // namespace miniphp::runtime
