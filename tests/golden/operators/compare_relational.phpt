--TEST--
< <= > >= on numbers, numeric strings and other strings
--FILE--
<?php
var_dump(1 < 2, 2 <= 2, 3 > 2.5, -1 >= 0);
var_dump("10" < "9", "10" < "9a", "abc" < "abd", "Z" < "a", "" < "a");
var_dump(5 < "10", "5" > "10", 0 < "a", null < -1, true > 10);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
