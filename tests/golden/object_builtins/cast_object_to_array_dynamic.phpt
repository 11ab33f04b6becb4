--TEST--
(array) of an object: dynamic properties follow the declared ones; numeric names become int keys.
--FILE--
<?php
$o = new stdClass;
$o->name = 'n';
$o->{'7'} = 'seven';
$o->{'-3'} = 'minus three';
$o->{'1.5'} = 'not an int';
var_dump((array) $o);
--EXPECT--
array(4) {
  ["name"]=>
  string(1) "n"
  [7]=>
  string(5) "seven"
  [-3]=>
  string(11) "minus three"
  ["1.5"]=>
  string(10) "not an int"
}
