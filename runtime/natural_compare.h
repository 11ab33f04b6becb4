// php's "natural order" string comparison (strnatcmp_ex in ext/standard/strnatcmp.c,
// used by SORT_NATURAL, strnatcmp and strnatcasecmp): runs of digits compare as
// numbers ("img12" > "img9"), leading zeros at the very start are skipped, runs of
// whitespace are passed over, and a run that starts with 0 compares digit by digit
// as a fraction would.
#pragma once

#include <string_view>

namespace miniphp::runtime {

// -1, 0 or 1; `fold_case` compares letters as upper case.
int natural_compare(std::string_view a, std::string_view b, bool fold_case);

} // namespace miniphp::runtime
