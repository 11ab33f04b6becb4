--TEST--
<=> returns -1, 0 or 1
--FILE--
<?php
var_dump(1 <=> 2, 2 <=> 2, 3 <=> 2, 1.5 <=> 1.5, "a" <=> "b", "b" <=> "a");
var_dump("10" <=> "9", "abc" <=> "abcd", null <=> false, true <=> false, 1 <=> "1.0");
--EXPECT--
int(-1)
int(0)
int(1)
int(0)
int(-1)
int(1)
int(1)
int(-1)
int(0)
int(1)
int(0)
