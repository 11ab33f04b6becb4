// The php.ini settings a script can read and change with ini_get()/ini_set(), with
// the values `php -n` starts from. Those miniphp honours take effect when set:
// precision (floats in echo and string conversions), serialize_precision (var_dump,
// var_export), memory_limit, error_reporting, display_errors and zend.enable_gc. The others are kept
// as text so that ini_get() gives what php's would.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace miniphp::runtime {

class Array;

class Ini {
public:
    static Ini& instance();

    // The setting's current text; nullopt for a setting php does not know.
    std::optional<std::string> get(std::string_view name) const;
    // Sets a setting, warning as php does about bad values; the old text, or
    // nullopt when the name is unknown or the value refused.
    std::optional<std::string> set(std::string_view name, std::string_view value);

    // The effective values of the settings miniphp honours.
    int precision() const { return m_precision; }
    int serialize_precision() const { return m_serialize_precision; }
    bool display_errors() const { return m_display_errors; }
    // A boolean setting's value, read as php reads one ("1", "On", "yes", ...).
    bool flag(std::string_view name) const;

    // php's EG(modified_ini_directives): the first change of a setting during the
    // script (ini_set, or the first @ for error_reporting) adds it to a table made on
    // the first change. We keep an array of the same shape, so memory figures show
    // its 376 bytes where php's show them.
    void note_modified(std::string_view name);
    bool error_reporting_modified() const { return m_error_reporting_modified; }
    // Frees that table (the end of the request).
    void release_modified();

private:
    Ini();
    Array* m_modified = nullptr;
    std::string m_modified_names;
    bool m_error_reporting_modified = false;
    int m_precision = 14;
    int m_serialize_precision = -1;
    bool m_display_errors = true;
};

// Shorthands for the formatting paths.
inline int float_precision() { return Ini::instance().precision(); }

} // namespace miniphp::runtime
