#include "runtime/ini.h"

#include <cstdlib>
#include <map>

#include "gc/collector.h"
#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/engine.h"

namespace miniphp::runtime {

namespace {

// php -n's values (php 8.2 CLI).
const std::map<std::string, std::string, std::less<>>& defaults()
{
    static const auto* table = new std::map<std::string, std::string, std::less<>>{
        {"precision", "14"},
        {"serialize_precision", "-1"},
        {"memory_limit", "128M"},
        {"error_reporting", ""},
        {"display_errors", "1"},
        {"display_startup_errors", "1"},
        {"log_errors", "0"},
        {"html_errors", "0"},
        {"implicit_flush", "1"},
        {"output_buffering", "0"},
        {"max_execution_time", "0"},
        {"max_input_time", "-1"},
        {"default_charset", "UTF-8"},
        {"zend.assertions", "1"},
        {"short_open_tag", "1"},
        {"register_argc_argv", "1"},
        {"auto_detect_line_endings", "0"},
        {"arg_separator.output", "&"},
        {"error_log", ""},
        {"include_path", ".:/usr/share/php"},
        {"date.timezone", "UTC"},
        {"zend.enable_gc", "1"},
    };
    return *table;
}

std::map<std::string, std::string, std::less<>>& values()
{
    static auto* table = new std::map<std::string, std::string, std::less<>>(defaults());
    return *table;
}

// zend_ini_parse_quantity: leading digits (after whitespace and a sign), then an
// optional K, M or G; warns like php when the text is not a quantity.
int64_t parse_quantity(std::string_view name, std::string_view text)
{
    size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    size_t start = i;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        ++i;
    size_t digits = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    if (i == digits) {
        warning(format("Invalid \"%.*s\" setting. Invalid quantity \"%.*s\": no valid leading digits, "
                       "interpreting as \"0\" for backwards compatibility",
                       static_cast<int>(name.size()), name.data(), static_cast<int>(text.size()), text.data()));
        return 0;
    }
    int64_t value = std::strtoll(std::string(text.substr(start, i - start)).c_str(), nullptr, 10);
    if (i < text.size()) {
        switch (text[i]) {
        case 'k': case 'K': value *= 1024; break;
        case 'm': case 'M': value *= 1024 * 1024; break;
        case 'g': case 'G': value *= 1024LL * 1024 * 1024; break;
        default: break;
        }
    }
    return value;
}

// zend_ini_parse_bool.
bool parse_bool(std::string_view text)
{
    if (text == "on" || text == "yes" || text == "true" || text == "On" || text == "Yes" || text == "True" ||
        text == "ON" || text == "YES" || text == "TRUE")
        return true;
    return std::atoi(std::string(text).c_str()) != 0;
}

} // namespace

Ini& Ini::instance()
{
    static Ini* ini = new Ini();
    return *ini;
}

Ini::Ini() = default;

void Ini::note_modified(std::string_view name)
{
    std::string tagged = "|" + std::string(name) + "|";
    if (m_modified_names.find(tagged) != std::string::npos)
        return;
    m_modified_names += tagged;
    if (name == "error_reporting")
        m_error_reporting_modified = true;
    if (m_modified == nullptr)
        m_modified = Array::create();
    // Integer keys past the initial size make the hash form php's string-keyed
    // table has, without allocating key strings php already holds.
    int64_t key = 1000 + static_cast<int64_t>(m_modified->size());
    m_modified->lookup_or_insert(key)->copy_from(Value::null());
}

void Ini::release_modified()
{
    if (m_modified != nullptr)
        release(Value::array(m_modified));
    m_modified = nullptr;
    m_modified_names.clear();
    m_error_reporting_modified = false;
}

std::optional<std::string> Ini::get(std::string_view name) const
{
    auto it = values().find(name);
    if (it == values().end())
        return std::nullopt;
    return it->second;
}

bool Ini::flag(std::string_view name) const
{
    auto it = values().find(name);
    return it != values().end() && parse_bool(it->second);
}

std::optional<std::string> Ini::set(std::string_view name, std::string_view value)
{
    auto it = values().find(name);
    if (it == values().end())
        return std::nullopt;
    std::string text(value);
    note_modified(name);
    if (name == "precision") {
        m_precision = std::atoi(text.c_str());
    } else if (name == "serialize_precision") {
        m_serialize_precision = std::atoi(text.c_str());
    } else if (name == "memory_limit") {
        int64_t limit = parse_quantity(name, text);
        gc::Heap& heap = gc::heap();
        size_t wanted = limit < 0 ? SIZE_MAX : static_cast<size_t>(limit);
        if (limit >= 0 && wanted < heap.real_usage()) {
            warning(format("Failed to set memory limit to %lld bytes (Current memory usage is %zu bytes)",
                           static_cast<long long>(limit), heap.real_usage()));
            return std::nullopt;
        }
        heap.set_limit(wanted);
    } else if (name == "error_reporting") {
        engine().set_error_reporting(std::atoi(text.c_str()));
    } else if (name == "zend.enable_gc") {
        gc::collector().set_enabled(parse_bool(text));
    } else if (name == "display_errors") {
        m_display_errors = parse_bool(text) || text == "stderr" || text == "stdout";
    }
    std::string old = it->second;
    it->second = text;
    return old;
}

} // namespace miniphp::runtime
