--TEST--
$obj->method(...) leaves the object a possible root, as the dropped call releases it
--FILE--
<?php
class G { public $fn; function __construct(public $name) {} function me() { return $this->name; } function __destruct() { echo "~{$this->name}\n"; } }
$a = new G('a');
echo gc_status()['roots'], "\n";
$a->fn = $a->me(...);
echo gc_status()['roots'], "\n";
$f = function () { return 1; };
$g = $f(...);
echo gc_status()['roots'], "\n";
for ($i = 0; $i < 3; $i++) { $x = new G("x$i"); $x->fn = $x; }
$x = null;
unset($a);
echo gc_collect_cycles(), "\n";
--EXPECT--
1
1
1
~a
~x0
~x1
~x2
11
