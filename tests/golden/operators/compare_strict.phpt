--TEST--
Identity comparison checks type and value
--FILE--
<?php
var_dump(1 === 1, 1 === 1.0, "1" === "1", "1" === 1, null === null, 0 !== false, 1.5 !== 1.5);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
