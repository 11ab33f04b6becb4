--TEST--
spl_object_id() is the object's handle: stable, shared by copies, and reused after the object is freed.
--FILE--
<?php
$a = new stdClass;
$b = new stdClass;
$c = $a;
var_dump(spl_object_id($a), spl_object_id($b), spl_object_id($c));
unset($a, $c);
$d = new stdClass;
var_dump(spl_object_id($d));
var_dump(spl_object_id(new stdClass));
--EXPECT--
int(1)
int(2)
int(1)
int(1)
int(3)
