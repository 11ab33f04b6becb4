--TEST--
is_int, is_float, is_string, is_bool, is_null, is_scalar and aliases
--FILE--
<?php
var_dump(is_int(1), is_int(1.0), is_int("1"), is_integer(2), is_long(3));
var_dump(is_float(1.0), is_float(1), is_double(INF), is_float(NAN));
var_dump(is_string(""), is_string(1), is_bool(false), is_bool(0), is_null(null), is_null(0), is_null(""));
var_dump(is_scalar(1), is_scalar(null), is_scalar("s"), is_scalar(false));
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
