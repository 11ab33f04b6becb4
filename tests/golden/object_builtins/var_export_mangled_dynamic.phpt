--TEST--
var_export writes a property under its plain name, also a dynamic one under a mangled name.
--FILE--
<?php
$o = (object) ["\0A\0priv" => 1, "\0*\0prot" => 2, 'pub' => 3, 5 => 'five'];
var_export($o);
echo "\n";
class A { private $x = 1; protected $y = 2; public $z = 3; }
var_export(new A);
echo "\n";
var_export((array) new A);
echo "\n";
--EXPECT--
(object) array(
   'priv' => 1,
   'prot' => 2,
   'pub' => 3,
   '5' => 'five',
)
\A::__set_state(array(
   'x' => 1,
   'y' => 2,
   'z' => 3,
))
array (
  '' . "\0" . 'A' . "\0" . 'x' => 1,
  '' . "\0" . '*' . "\0" . 'y' => 2,
  'z' => 3,
)
