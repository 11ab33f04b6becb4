--TEST--
Keys of numeric property names stay strings in foreach.
--FILE--
<?php
$o = (object) [3 => 'three', 'x' => 'ex'];
$o->{'10'} = 'ten';
foreach ($o as $k => $v) {
    var_dump($k);
}
--EXPECT--
string(1) "3"
string(1) "x"
string(2) "10"
