--TEST--
spl_object_hash() is the handle in 16 hex digits followed by 16 zeros.
--FILE--
<?php
$objects = [];
for ($i = 0; $i < 18; $i++) {
    $objects[] = new stdClass;
}
var_dump(spl_object_hash($objects[0]), spl_object_hash($objects[9]), spl_object_hash($objects[17]));
var_dump(spl_object_hash($objects[0]) === spl_object_hash($objects[0]));
--EXPECT--
string(32) "00000000000000010000000000000000"
string(32) "000000000000000a0000000000000000"
string(32) "00000000000000120000000000000000"
bool(true)
