--TEST--
(object) of an array with mangled keys: var_dump and print_r show them as private and protected.
--FILE--
<?php
$o = (object) ["\0A\0priv" => 1, "\0*\0prot" => 2, 'pub' => 3];
var_dump($o);
print_r($o);
echo "\n";
--EXPECT--
object(stdClass)#1 (3) {
  ["priv":"A":private]=>
  int(1)
  ["prot":protected]=>
  int(2)
  ["pub"]=>
  int(3)
}
stdClass Object
(
    [priv:A:private] => 1
    [prot:protected] => 2
    [pub] => 3
)
