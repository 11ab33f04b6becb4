--TEST--
Numeric dynamic property names become integer keys in get_object_vars().
--FILE--
<?php
$o = new stdClass;
$o->{'0'} = 'zero';
$o->{'12'} = 'twelve';
$o->{'012'} = 'leading zero';
$o->name = 'n';
var_dump(get_object_vars($o));
--EXPECT--
array(4) {
  [0]=>
  string(4) "zero"
  [12]=>
  string(6) "twelve"
  ["012"]=>
  string(12) "leading zero"
  ["name"]=>
  string(1) "n"
}
