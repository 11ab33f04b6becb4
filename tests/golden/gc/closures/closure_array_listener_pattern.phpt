--TEST--
Event listeners: an emitter holds closures that capture the emitter
--FILE--
<?php
class Emitter {
    public $listeners = [];
    function on($f) { $this->listeners[] = $f; }
    function __destruct() { echo "~Emitter\n"; }
}
$e = new Emitter;
$e->on(function () use ($e) { echo "one\n"; });
$e->on(function () use ($e) { echo "two\n"; });
foreach ($e->listeners as $l) { $l(); }
unset($e, $l);
echo gc_collect_cycles(), "\n";
--EXPECT--
one
two
~Emitter
4
