--TEST--
foreach over an object without keys.
--FILE--
<?php
class A { public $a = 'x'; public $b = 'y'; }
foreach (new A as $v) {
    echo $v, "\n";
}
--EXPECT--
x
y
