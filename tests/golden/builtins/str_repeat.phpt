--TEST--
str_repeat
--FILE--
<?php
var_dump(str_repeat("ab", 3), str_repeat("x", 0), str_repeat("", 5), str_repeat(7, 2));
--EXPECT--
string(6) "ababab"
string(0) ""
string(0) ""
string(2) "77"
