--TEST--
foreach over an object with list() destructuring of array properties.
--FILE--
<?php
$o = new stdClass;
$o->p = [1, 'one'];
$o->q = [2, 'two'];
foreach ($o as $name => [$n, $word]) {
    echo "$name: $n $word\n";
}
--EXPECT--
p: 1 one
q: 2 two
