// General path of echo.
#include <string>

#include "runtime/conversions.h"
#include "runtime/output.h"
#include "vm/handlers/general.h"
#include "vm/handlers/operands.h"

namespace miniphp::vm {

void echo_value(const runtime::Value& v)
{
    runtime::Output& out = runtime::Output::instance();
    if (v.is_string()) {
        out.write(v.as_string()->view());
        return;
    }
    if (v.is_long()) {
        char digits[24];
        out.write(std::string_view(digits, runtime::format_long_into(digits, v.as_long())));
        return;
    }
    std::string text;
    runtime::append_string(text, v);
    out.write(text);
}

void echo_general(const Instruction* pc, Frame* fp)
{
    echo_value(read<OperandKind::Any>(pc, fp, pc->op1, pc->op1_kind));
    consume_op1<OperandKind::Any>(pc, fp);
}

} // namespace miniphp::vm
