--TEST--
One site on an object with x declared, a stdClass with x dynamic, and a class without x (dynamic-property deprecation)
--FILE--
<?php
class Declared { public $x = 1; }
class Plain { }
$s = new stdClass;
$s->x = 100;
foreach ([new Declared, $s, new Plain, new Declared, $s] as $o) {
    $o->x = ($o->x ?? 0) + 1;
    $o->x++;
    echo $o::class, " ", $o->x, "\n";
}
--EXPECTF--
Declared 3
stdClass 102

Deprecated: Creation of dynamic property Plain::$x is deprecated in %s on line 7
Plain 2
Declared 3
stdClass 104
