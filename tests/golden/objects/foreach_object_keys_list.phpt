--TEST--
foreach over an object with list() destructuring of array-valued properties.
--FILE--
<?php
$o = new stdClass;
$o->p1 = [1, 'one'];
$o->p2 = [2, 'two'];
foreach ($o as $name => [$num, $word]) {
    echo "$name: $num $word\n";
}
--EXPECT--
p1: 1 one
p2: 2 two
