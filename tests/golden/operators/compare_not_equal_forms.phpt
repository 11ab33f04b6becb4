--TEST--
!= and <> are the same operator
--FILE--
<?php
var_dump(1 != 2, 1 <> 2, "a" != "a", "a" <> "a", 1 != "1", 1 <> "01");
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
