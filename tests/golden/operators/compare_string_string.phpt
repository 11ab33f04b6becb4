--TEST--
Two numeric strings compare as numbers, others byte by byte
--FILE--
<?php
var_dump("abc" == "ABC", "1e3" == "1000", "10" == "10.0", "0x10" == "16", " 1" == "1", "1 " == "1", "abc" <=> "ABC", "a" < "aa", "null" == null);
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
int(1)
bool(true)
bool(false)
