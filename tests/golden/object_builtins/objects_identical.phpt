--TEST--
=== and !== compare objects by identity.
--FILE--
<?php
$a = new stdClass;
$b = new stdClass;
$c = $a;
var_dump($a === $c, $a === $b, $a !== $b, $a !== $c, $a === clone $a);
var_dump([$a] === [$c], [$a] === [$b]);
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
