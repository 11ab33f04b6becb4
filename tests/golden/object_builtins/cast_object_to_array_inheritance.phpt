--TEST--
(array) of a child object holds both the parent's private property and the child's one of the same name, in slot order.
--FILE--
<?php
class A { public $pub = 'a-pub'; private $p = 'a-private'; }
class B extends A { private $p = 'b-private'; public $own = 'b-pub'; }
$arr = (array) new B;
foreach ($arr as $key => $value) {
    echo str_replace("\0", '\0', $key), ' => ', $value, "\n";
}
--EXPECT--
pub => a-pub
\0A\0p => a-private
\0B\0p => b-private
own => b-pub
