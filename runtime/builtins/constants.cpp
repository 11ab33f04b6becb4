// Core constants: what Zend/zend_constants.c (E_*, ZEND_*) and main/main.c (PHP_*)
// register at startup. Values are those of the php 8.2 build miniphp is verified
// against (64-bit Linux, CLI, non-debug, non-ZTS); PHP_VERSION names that build.
// The install paths are miniphp's own, from the build's install prefix
// (CMAKE_INSTALL_PREFIX), laid out as Debian lays out php's: with the prefix /usr they
// are php's values there. PEAR_* and the extension paths are left out: miniphp has
// neither. PHP_BINARY is the running binary (find_builtin_constant).
#include <cfloat>
#include <cstdint>

#include "runtime/builtins/registry.h"

namespace miniphp::runtime::builtins {

// A debug build of miniphp says so, as a debug build of php does (tests that a debug
// build cannot pass yet check PHP_DEBUG in their SKIPIF).
#ifdef MINIPHP_DEBUG
constexpr bool kDebugBuild = true;
#else
constexpr bool kDebugBuild = false;
#endif

namespace {

constexpr BuiltinConstant kCoreConstants[] = {
    // Zend/zend_constants.c: error levels.
    long_constant("E_ERROR", 1),
    long_constant("E_WARNING", 2),
    long_constant("E_PARSE", 4),
    long_constant("E_NOTICE", 8),
    long_constant("E_CORE_ERROR", 16),
    long_constant("E_CORE_WARNING", 32),
    long_constant("E_COMPILE_ERROR", 64),
    long_constant("E_COMPILE_WARNING", 128),
    long_constant("E_USER_ERROR", 256),
    long_constant("E_USER_WARNING", 512),
    long_constant("E_USER_NOTICE", 1024),
    long_constant("E_STRICT", 2048),
    long_constant("E_RECOVERABLE_ERROR", 4096),
    long_constant("E_DEPRECATED", 8192),
    long_constant("E_USER_DEPRECATED", 16384),
    long_constant("E_ALL", 32767),
    long_constant("DEBUG_BACKTRACE_PROVIDE_OBJECT", 1),
    long_constant("DEBUG_BACKTRACE_IGNORE_ARGS", 2),
    bool_constant("ZEND_THREAD_SAFE", false),
    bool_constant("ZEND_DEBUG_BUILD", kDebugBuild),

    // main/main.c: the build.
    string_constant("PHP_VERSION", "8.2.36"),
    long_constant("PHP_MAJOR_VERSION", 8),
    long_constant("PHP_MINOR_VERSION", 2),
    long_constant("PHP_RELEASE_VERSION", 36),
    string_constant("PHP_EXTRA_VERSION", ""),
    long_constant("PHP_VERSION_ID", 80236),
    long_constant("PHP_ZTS", 0),
    long_constant("PHP_DEBUG", kDebugBuild ? 1 : 0),
    string_constant("PHP_OS", "Linux"),
    string_constant("PHP_OS_FAMILY", "Linux"),
    string_constant("PHP_SAPI", "cli"),
    string_constant("PHP_SHLIB_SUFFIX", "so"),
    string_constant("PHP_EOL", "\n"),
    string_constant("DIRECTORY_SEPARATOR", "/"),
    string_constant("PATH_SEPARATOR", ":"),
    long_constant("PHP_MAXPATHLEN", 4096),
    long_constant("PHP_FD_SETSIZE", 1024),
    string_constant("PHP_PREFIX", MINIPHP_INSTALL_PREFIX),
    string_constant("PHP_BINDIR", MINIPHP_INSTALL_BINDIR),
    string_constant("PHP_MANDIR", MINIPHP_INSTALL_MANDIR),
    string_constant("DEFAULT_INCLUDE_PATH", ".:" MINIPHP_INSTALL_DATADIR "/php"),

    // main/main.c: the number model.
    long_constant("PHP_INT_MAX", INT64_MAX),
    long_constant("PHP_INT_MIN", INT64_MIN),
    long_constant("PHP_INT_SIZE", 8),
    long_constant("PHP_FLOAT_DIG", DBL_DIG),
    double_constant("PHP_FLOAT_EPSILON", DBL_EPSILON),
    double_constant("PHP_FLOAT_MAX", DBL_MAX),
    double_constant("PHP_FLOAT_MIN", DBL_MIN),
};

} // namespace

std::span<const BuiltinConstant> core_constants() { return kCoreConstants; }

} // namespace miniphp::runtime::builtins
