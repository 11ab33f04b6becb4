--TEST--
is_nan, is_infinite, is_finite
--FILE--
<?php
var_dump(is_nan(NAN), is_nan(1.0), is_infinite(INF), is_infinite(-INF), is_infinite(NAN), is_finite(1e308), is_finite(INF), is_finite(NAN));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
