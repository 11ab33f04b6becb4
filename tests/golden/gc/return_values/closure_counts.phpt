--TEST--
What a closure cycle counts: closure object and its holder
--FILE--
<?php
class H { public $f; }
$h = new H;
$h->f = function () use ($h) {};
unset($h);
echo gc_collect_cycles(), "\n";
$f = function () use (&$f) {};
unset($f);
echo gc_collect_cycles(), "\n";
--EXPECT--
2
1
