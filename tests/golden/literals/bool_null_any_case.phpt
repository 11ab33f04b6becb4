--TEST--
true, false and null are case-insensitive constants
--FILE--
<?php
var_dump(true, TRUE, True, tRuE);
var_dump(false, FALSE, False);
var_dump(null, NULL, Null, nULL);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
NULL
NULL
NULL
NULL
