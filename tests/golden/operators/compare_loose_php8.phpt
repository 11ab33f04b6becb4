--TEST--
PHP 8 loose comparison between numbers and strings
--FILE--
<?php
var_dump(0 == "a", "1" == "01", "10" == "1e1", 100 == "1e2", "abc" == 0);
var_dump(" 1" == 1, "1 " == 1, "1abc" == 1, "0" == false, "" == null, "0.0" == "0");
var_dump(null == false, null == 0, "" == 0, "a" == true, 1.0 == "1");
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
