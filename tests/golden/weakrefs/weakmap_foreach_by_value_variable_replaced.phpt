--TEST--
foreach by value over a WeakMap keeps walking it after the variable is cleared
--FILE--
<?php
$m = new WeakMap;
$a = new stdClass; $b = new stdClass;
$m[$a] = 'a';
$m[$b] = 'b';
$w = WeakReference::create($m);
foreach ($m as $k => $v) {
    $m = null;
    echo $v, " map alive: ", $w->get() !== null ? "yes" : "no", "\n";
}
var_dump($w->get());
--EXPECT--
a map alive: yes
b map alive: yes
NULL
