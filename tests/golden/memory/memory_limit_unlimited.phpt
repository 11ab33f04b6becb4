--TEST--
memory_limit -1 lifts the limit
--FILE--
<?php
ini_set('memory_limit', '2M');
ini_set('memory_limit', '-1');
$s = str_repeat('a', 5000000);
echo strlen($s), "\n";
--EXPECT--
5000000
