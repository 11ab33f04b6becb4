--TEST--
is_numeric and PHP 8's whitespace rules
--FILE--
<?php
var_dump(is_numeric("1e3"), is_numeric(" 1"), is_numeric("1 "), is_numeric(" 1 "), is_numeric("0x1A"), is_numeric(".5"), is_numeric("5."));
var_dump(is_numeric(""), is_numeric("abc"), is_numeric("1e"), is_numeric("-"), is_numeric("+.5e-3"), is_numeric(12), is_numeric(1.5), is_numeric(null), is_numeric("1_000"));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
